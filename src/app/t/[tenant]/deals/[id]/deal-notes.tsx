"use client";
/** Free notes on a deal; the one thing that stays editable once the deal is won. */
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { useInvalidateDeals } from "../_board/use-move-deal";
import type { DealDetail } from "../_components/types";
import { useProblem } from "@/components/problem";

const MAX = 5000;

export function DealNotes({ deal, canWrite }: { deal: DealDetail; canWrite: boolean }) {
  const t = useTranslations("deals");
  const v = useValidationMessage();
  const problemOf = useProblem();
  const trpc = useTRPC();
  const id = useId();
  const invalidate = useInvalidateDeals();
  const [notes, setNotes] = useState(deal.notes);
  const save = useMutation(trpc.deals.update.mutationOptions({ onSuccess: invalidate }));
  const dirty = notes !== deal.notes;

  function submit(e: FormEvent) {
    e.preventDefault();
    // The other fields go back as they are, so a won deal accepts the change (notes only).
    save.mutate({ id: deal.id, name: deal.name, targetCloseDate: deal.targetCloseDate, ownerId: deal.owner?.id ?? null, notes });
  }
  const server = fieldErrorsOf(save.error);
  const error = v(server.notes) ?? (save.error ? (v(server.stage) ?? problemOf(save.error)) : undefined);
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-gray-200 bg-white p-6">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {t("notes.title")}
      </h2>
      {canWrite ? (
        <form onSubmit={submit} className="space-y-3">
          <label htmlFor={id} className="sr-only">
            {t("notes.title")}
          </label>
          <textarea
            id={id}
            rows={6}
            maxLength={MAX}
            value={notes}
            onChange={(e) => {
              setNotes(e.target.value);
              save.reset();
            }}
            placeholder={t("notes.placeholder")}
            className="block w-full rounded-md border border-gray-300 px-3 py-2 text-sm shadow-sm"
          />
          <div className="flex items-center gap-3">
            <Button type="submit" variant="secondary" pending={save.isPending} disabled={!dirty}>
              {t("notes.save")}
            </Button>
            {save.isSuccess && !dirty && (
              <span role="status" className="text-sm text-green-700">
                {t("notes.saved")}
              </span>
            )}
            <span className="ml-auto text-xs text-gray-500">{t("notes.count", { count: notes.length, max: MAX })}</span>
          </div>
          {error && <Notice tone="error">{error}</Notice>}
        </form>
      ) : (
        <p className="whitespace-pre-wrap text-sm text-gray-700">{deal.notes || t("notes.empty")}</p>
      )}
    </section>
  );
}
