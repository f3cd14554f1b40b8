"use client";
/**
 * Adds or edits a service line. Picking a service type fills in its default price and billing
 * frequency and brings up the fields its attribute schema asks for.
 */
import { useMutation, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import { BillingFrequency } from "@/generated/prisma/enums";
import { validateAttributes } from "@/server/crm/attributes";
import { lineFields } from "@/server/routers/crm/deals.schema";
import { zodFieldErrors } from "@/server/errors";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { useInvalidateDeals } from "../_board/use-move-deal";
import { DealAccountPicker } from "../_components/account-picker";
import type { DealDetail, DealLine, ServiceType } from "../_components/types";
import { AttributeFields } from "./attribute-fields";
import { draftOf, valuesOf, type AttributeDraft } from "./line-attributes";
import { LinePreview } from "./line-preview";
import { Problem } from "@/components/problem";

type Form = { serviceTypeId: string; quantity: string; unitPrice: string; frequency: BillingFrequency; commitmentMonths: string; attributes: AttributeDraft; payer: { id: string; name: string } | null };

/** A price as people in this language type it: "8,50" in French. */
const localPrice = (price: string, locale: string) => (locale === "fr" ? price.replace(".", ",") : price);
const defaultCommitment = (f: BillingFrequency) => (f === "ONE_OFF" ? "0" : "12");

export function LineForm({ deal, line, onDone }: { deal: DealDetail; line: DealLine | null; onDone: () => void }) {
  const t = useTranslations("deals");
  const trpc = useTRPC();
  const types = useQuery(trpc.catalogue.list.queryOptions());
  if (types.isPending) return <p role="status" className="text-sm text-gray-500">{t("common.loading")}</p>;
  if (types.error) return <Problem error={types.error} />;
  // Archived types cannot be sold any more; an existing line keeps showing its own.
  const choices = types.data.filter((s) => !s.archived || s.id === line?.serviceType.id);
  return <LineFormFields deal={deal} line={line} types={choices} onDone={onDone} />;
}

function LineFormFields({ deal, line, types, onDone }: { deal: DealDetail; line: DealLine | null; types: ServiceType[]; onDone: () => void }) {
  const t = useTranslations("deals");
  const v = useValidationMessage();
  const locale = useLocale();
  const trpc = useTRPC();
  const invalidate = useInvalidateDeals();
  const [form, setForm] = useState<Form>(() => ({
    serviceTypeId: line?.serviceType.id ?? "",
    quantity: String(line?.quantity ?? 1),
    unitPrice: line ? localPrice(line.unitPrice, locale) : "",
    frequency: line?.frequency ?? "MONTHLY",
    commitmentMonths: String(line?.commitmentMonths ?? 12),
    attributes: line ? draftOf(line.serviceType.attributeSchema, line.attributes) : {},
    payer: line?.billingAccount ?? null,
  }));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const options = { onSuccess: async () => { await invalidate(); onDone(); } };
  const add = useMutation(trpc.deals.addLine.mutationOptions(options));
  const update = useMutation(trpc.deals.updateLine.mutationOptions(options));
  const save = line ? update : add;
  const type = types.find((s) => s.id === form.serviceTypeId);
  const schema = type?.attributeSchema ?? [];

  function pickType(id: string) {
    const next = types.find((s) => s.id === id);
    setErrors({});
    if (!next) return setForm((f) => ({ ...f, serviceTypeId: id }));
    setForm((f) => ({
      ...f,
      serviceTypeId: id,
      unitPrice: localPrice(next.defaultUnitPrice, locale),
      frequency: next.defaultFrequency,
      commitmentMonths: f.serviceTypeId ? f.commitmentMonths : defaultCommitment(next.defaultFrequency),
      // Values of attributes the new type shares with the old one are kept.
      attributes: draftOf(next.attributeSchema, valuesOf(type?.attributeSchema ?? [], f.attributes)),
    }));
  }

  function input() {
    return {
      serviceTypeId: form.serviceTypeId,
      quantity: form.quantity.trim() === "" ? Number.NaN : Number(form.quantity),
      unitPrice: form.unitPrice,
      frequency: form.frequency,
      commitmentMonths: form.commitmentMonths.trim() === "" ? Number.NaN : Number(form.commitmentMonths),
      attributes: valuesOf(schema, form.attributes),
      billingAccountId: form.payer?.id ?? null,
    };
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const raw = input();
    const parsed = lineFields.safeParse(raw);
    const errs = parsed.success ? {} : zodFieldErrors(parsed.error);
    const attrs = validateAttributes(schema, raw.attributes);
    if (!attrs.ok) for (const [k, m] of Object.entries(attrs.errors)) (errs[`attributes.${k}`] ??= []).push(m);
    setErrors(errs);
    if (!parsed.success || !attrs.ok) return;
    if (line) update.mutate({ id: line.id, ...parsed.data });
    else add.mutate({ dealId: deal.id, ...parsed.data });
  }

  const server = fieldErrorsOf(save.error);
  const all = { ...server, ...errors };
  const err = (k: string) => v(all[k]);
  const set = <K extends keyof Form>(k: K, value: Form[K]) => setForm((f) => ({ ...f, [k]: value }));
  const unknownServerError = save.error && Object.keys(server).length === 0;
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <p className="text-xs text-gray-500">{t("lines.requiredHint")}</p>
      <SelectField label={`${t("lines.serviceType")} *`} value={form.serviceTypeId} onChange={(e) => pickType(e.target.value)} error={err("serviceTypeId")} autoFocus>
        <option value="">{t("lines.chooseType")}</option>
        {types.map((s) => (
          <option key={s.id} value={s.id} disabled={s.currency !== deal.currency || s.archived}>
            {s.currency !== deal.currency ? t("lines.otherCurrency", { name: s.name, currency: s.currency }) : s.name}
          </option>
        ))}
      </SelectField>
      {type && <p className="text-xs text-gray-600">{type.requiresInstallation ? t("lines.needsInstallation") : t("lines.noInstallation")}</p>}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={`${t("lines.quantity")} *`} type="number" min={0} step={1} inputMode="numeric" value={form.quantity} onChange={(e) => set("quantity", e.target.value)} error={err("quantity")} />
        <TextField label={`${t("lines.unitPrice")} (${deal.currency}) *`} inputMode="decimal" value={form.unitPrice} onChange={(e) => set("unitPrice", e.target.value)} error={err("unitPrice")} hint={t("lines.unitPriceHint")} />
        <SelectField label={t("lines.frequency")} value={form.frequency} onChange={(e) => set("frequency", e.target.value as BillingFrequency)} error={err("frequency")}>
          {Object.values(BillingFrequency).map((f) => (
            <option key={f} value={f}>
              {t(`frequencies.${f}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t("lines.commitment")} type="number" min={0} max={120} step={1} inputMode="numeric" value={form.commitmentMonths} onChange={(e) => set("commitmentMonths", e.target.value)} error={err("commitmentMonths")} hint={t("lines.commitmentHint")} />
      </div>
      <AttributeFields schema={schema} draft={form.attributes} onChange={(d) => set("attributes", d)} errors={all} />
      <DealAccountPicker label={t("lines.payer")} noneLabel={t("lines.payerDefault", { account: deal.account.billingAccount?.name ?? deal.account.name })} value={form.payer} onChange={(p) => set("payer", p)} error={err("billingAccountId")} />
      <LinePreview quantity={form.quantity} unitPrice={form.unitPrice} frequency={form.frequency} commitmentMonths={form.commitmentMonths} currency={deal.currency} />
      {unknownServerError && <Problem error={save.error} />}
      {server.stage && <Notice tone="error">{v(server.stage)}</Notice>}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onDone}>
          {t("common.cancel")}
        </Button>
        <Button type="submit" pending={save.isPending}>
          {line ? t("lines.saveLine") : t("lines.addLine")}
        </Button>
      </div>
    </form>
  );
}
