"use client";
/** Creates or edits a service type: defaults for new lines and the attributes lines carry. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox, SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import { BillingFrequency } from "@/generated/prisma/enums";
import { serviceTypeFields } from "@/server/routers/crm/deals.schema";
import { zodFieldErrors } from "@/server/errors";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { COMMON_CURRENCIES } from "../../../deals/_components/currencies";
import type { ServiceType } from "../../../deals/_components/types";
import { rowsOf, schemaOf, type AttributeRow } from "./attribute-rows";
import { AttributeSchemaEditor } from "./attribute-schema-editor";
import { Problem } from "@/components/problem";

const OTHER = "other";

type Form = { name: string; requiresInstallation: boolean; defaultUnitPrice: string; currency: string; otherCurrency: string; defaultFrequency: BillingFrequency; archived: boolean; rows: AttributeRow[] };

export function ServiceTypeForm({ type, currencies, onSaved, onCancel }: { type: ServiceType | null; currencies: string[]; onSaved: (name: string) => void; onCancel: () => void }) {
  const t = useTranslations("deals.catalogue");
  const tf = useTranslations("deals.frequencies");
  const v = useValidationMessage();
  const locale = useLocale();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const offered = [...new Set([...COMMON_CURRENCIES, ...currencies])];
  const initialCurrency = type?.currency ?? currencies[0] ?? "EUR";
  const [form, setForm] = useState<Form>(() => ({
    name: type?.name ?? "",
    requiresInstallation: type?.requiresInstallation ?? false,
    defaultUnitPrice: type ? (locale === "fr" ? type.defaultUnitPrice.replace(".", ",") : type.defaultUnitPrice) : "",
    currency: offered.includes(initialCurrency) ? initialCurrency : OTHER,
    otherCurrency: offered.includes(initialCurrency) ? "" : initialCurrency,
    defaultFrequency: type?.defaultFrequency ?? "MONTHLY",
    archived: type?.archived ?? false,
    rows: rowsOf(type?.attributeSchema ?? []),
  }));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const onSuccess = async () => {
    await qc.invalidateQueries(trpc.catalogue.list.queryFilter());
    onSaved(form.name.trim());
  };
  const create = useMutation(trpc.catalogue.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.catalogue.update.mutationOptions({ onSuccess }));
  const save = type ? update : create;
  const set = <K extends keyof Form>(k: K, value: Form[K]) => setForm((f) => ({ ...f, [k]: value }));

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = serviceTypeFields.safeParse({
      name: form.name,
      requiresInstallation: form.requiresInstallation,
      defaultUnitPrice: form.defaultUnitPrice,
      currency: form.currency === OTHER ? form.otherCurrency : form.currency,
      defaultFrequency: form.defaultFrequency,
      attributeSchema: schemaOf(form.rows),
      archived: form.archived,
    });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    if (type) update.mutate({ id: type.id, ...parsed.data });
    else create.mutate(parsed.data);
  }

  const server = fieldErrorsOf(save.error);
  const all = { ...server, ...errors };
  const err = (k: string) => v(all[k]);
  return (
    <form onSubmit={submit} noValidate className="space-y-5 rounded-lg border border-gray-200 bg-white p-6" aria-label={type ? t("editTitle", { name: type.name }) : t("newTitle")}>
      <h3 className="text-base font-semibold">{type ? t("editTitle", { name: type.name }) : t("newTitle")}</h3>
      <TextField label={t("name")} value={form.name} onChange={(e) => set("name", e.target.value)} error={err("name")} autoFocus maxLength={80} />
      <Checkbox label={t("requiresInstallation")} checked={form.requiresInstallation} onChange={(e) => set("requiresInstallation", e.target.checked)} />
      <p className="-mt-3 text-xs text-gray-500">{t("requiresInstallationHint")}</p>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label={t("defaultUnitPrice")} inputMode="decimal" value={form.defaultUnitPrice} onChange={(e) => set("defaultUnitPrice", e.target.value)} error={err("defaultUnitPrice")} placeholder="8.50" />
        <SelectField label={t("currency")} value={form.currency} onChange={(e) => set("currency", e.target.value)} error={form.currency === OTHER ? undefined : err("currency")}>
          {offered.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
          <option value={OTHER}>{t("otherCurrency")}</option>
        </SelectField>
        <SelectField label={t("defaultFrequency")} value={form.defaultFrequency} onChange={(e) => set("defaultFrequency", e.target.value as BillingFrequency)} error={err("defaultFrequency")}>
          {Object.values(BillingFrequency).map((f) => (
            <option key={f} value={f}>
              {tf(f)}
            </option>
          ))}
        </SelectField>
      </div>
      {form.currency === OTHER && (
        <div className="w-48">
          <TextField label={t("currencyCode")} value={form.otherCurrency} onChange={(e) => set("otherCurrency", e.target.value.toUpperCase())} error={err("currency")} maxLength={3} placeholder="SEK" hint={t("currencyCodeHint")} />
        </div>
      )}
      {type && type.lines > 0 && form.currency !== type.currency && <Notice tone="warning">{t("currencyChangeWarning", { count: type.lines })}</Notice>}
      <AttributeSchemaEditor rows={form.rows} onChange={(rows) => set("rows", rows)} errors={all} />
      <Checkbox label={t("archivedLabel")} checked={form.archived} onChange={(e) => set("archived", e.target.checked)} />
      <p className="-mt-3 text-xs text-gray-500">{t("archivedHint")}</p>
      {save.error && Object.keys(server).length === 0 && <Problem error={save.error} />}
      {Object.keys(all).length > 0 && <Notice tone="error">{t("fixErrors")}</Notice>}
      <div className="flex gap-2">
        <Button type="submit" pending={save.isPending}>
          {type ? t("save") : t("create")}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
