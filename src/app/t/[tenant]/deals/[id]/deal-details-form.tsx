"use client";
/** Edits a deal's name, owner and target close date in place; notes are saved on their own. */
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { MemberSelect } from "@/components/member-select";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { DateField } from "@/components/ui/date-field";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import { updateDealInput } from "@/server/routers/crm/deals.schema";
import { zodFieldErrors } from "@/server/errors";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { useInvalidateDeals } from "../_board/use-move-deal";
import type { DealDetail } from "../_components/types";
import { Problem } from "@/components/problem";

export function DealDetailsForm({ deal, onDone }: { deal: DealDetail; onDone: () => void }) {
  const t = useTranslations("deals");
  const v = useValidationMessage();
  const trpc = useTRPC();
  const invalidate = useInvalidateDeals();
  const [form, setForm] = useState({ name: deal.name, targetCloseDate: deal.targetCloseDate, ownerId: deal.owner?.id ?? "" });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const save = useMutation(
    trpc.deals.update.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onDone();
      },
    }),
  );
  const set = (k: keyof typeof form, value: string) => setForm((f) => ({ ...f, [k]: value }));

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = updateDealInput.safeParse({ id: deal.id, ...form, ownerId: form.ownerId || null, notes: deal.notes });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    save.mutate(parsed.data);
  }

  const server = fieldErrorsOf(save.error);
  const err = (k: string) => v(errors[k] ?? server[k]);
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={t("deal.editTitle")}>
      <TextField label={t("fields.name")} value={form.name} onChange={(e) => set("name", e.target.value)} error={err("name")} required autoFocus maxLength={120} />
      <div className="grid gap-4 sm:grid-cols-2">
        <MemberSelect label={t("fields.owner")} noneLabel={t("card.noOwner")} value={form.ownerId || null} onChange={(id) => set("ownerId", id ?? "")} error={err("ownerId")} />
        <DateField label={t("fields.targetCloseDate")} value={form.targetCloseDate} onChange={(d) => set("targetCloseDate", d)} error={err("targetCloseDate")} required />
      </div>
      {save.error && Object.keys(server).length === 0 && <Problem error={save.error} />}
      {server.stage && <Notice tone="error">{v(server.stage)}</Notice>}
      <div className="flex gap-2">
        <Button type="submit" pending={save.isPending}>
          {t("common.save")}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
