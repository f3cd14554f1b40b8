"use client";
/** A postal address; left blank it means "none", and any part of it may be given alone (see account-form). */
import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/ui/field";
import type { AddressForm } from "./account-form";
import { useAccounts } from "./context";

type Props = { legend: string; prefix: string; value: AddressForm; onChange: (v: AddressForm) => void; err: (path: string) => string | undefined };

export function AddressFieldset({ legend, prefix, value, onChange, err }: Props) {
  const t = useTranslations("accounts.address");
  const { countries } = useAccounts();
  const set = (k: keyof AddressForm, v: string) => onChange({ ...value, [k]: v });
  const e = (k: keyof AddressForm) => err(`${prefix}.${k}`);
  const known = countries.some((c) => c.code === value.country);
  return (
    <fieldset className="space-y-3 rounded-md border border-gray-200 p-4">
      <legend className="px-1 text-sm font-semibold text-gray-900">{legend}</legend>
      <p className="text-xs text-gray-500">{t("optional")}</p>
      <TextField label={t("line1")} value={value.line1} onChange={(ev) => set("line1", ev.target.value)} error={e("line1")} autoComplete="off" />
      <TextField label={t("line2")} value={value.line2} onChange={(ev) => set("line2", ev.target.value)} error={e("line2")} autoComplete="off" />
      <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
        <TextField label={t("postalCode")} value={value.postalCode} onChange={(ev) => set("postalCode", ev.target.value)} error={e("postalCode")} autoComplete="off" />
        <TextField label={t("city")} value={value.city} onChange={(ev) => set("city", ev.target.value)} error={e("city")} autoComplete="off" />
      </div>
      <SelectField label={t("country")} value={value.country} onChange={(ev) => set("country", ev.target.value)} error={e("country")}>
        {!known && <option value={value.country}>{value.country}</option>}
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
    </fieldset>
  );
}
