"use client";
/** The account's fields, shared by "New account" and the account page's edit mode. */
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";
import type { AccountForm } from "./account-form";
import { AddressFieldset } from "./address-fieldset";
import { BillingAccountPicker } from "./billing-account-picker";
import { ActorSelect } from "./actor-select";

type Props = {
  form: AccountForm;
  set: <K extends keyof AccountForm>(k: K, v: AccountForm[K]) => void;
  err: (path: string) => string | undefined;
  /** The account being edited, which cannot be its own billing account. */
  accountId?: string;
  withAddresses?: boolean;
};

export function AccountFields({ form, set, err, accountId, withAddresses = false }: Props) {
  const t = useTranslations("accounts.form");
  return (
    <div className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextField label={t("name")} value={form.name} onChange={(e) => set("name", e.target.value)} error={err("name")} required autoComplete="organization" />
        </div>
        <TextField label={t("registrationNumber")} hint={t("registrationNumberHint")} value={form.registrationNumber} onChange={(e) => set("registrationNumber", e.target.value)} error={err("registrationNumber")} autoComplete="off" />
        <TextField label={t("vatNumber")} hint={t("vatNumberHint")} value={form.vatNumber} onChange={(e) => set("vatNumber", e.target.value)} error={err("vatNumber")} autoComplete="off" />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-gray-900">{t("team")}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <ActorSelect label={t("salesRep")} value={form.salesRepId} onChange={(v) => set("salesRepId", v)} fitting={["SALES", "MANAGER"]} error={err("salesRepId")} />
          <ActorSelect label={t("salesAdmin")} value={form.salesAdminId} onChange={(v) => set("salesAdminId", v)} fitting={["SALES_ADMIN"]} error={err("salesAdminId")} />
          <ActorSelect label={t("technician")} value={form.technicianId} onChange={(v) => set("technicianId", v)} fitting={["TECHNICIAN"]} error={err("technicianId")} />
        </div>
      </fieldset>
      <BillingAccountPicker value={form.billingAccount} onChange={(v) => set("billingAccount", v)} excludeId={accountId} error={err("billingAccountId")} />
      {withAddresses && (
        <div className="grid gap-6 lg:grid-cols-2">
          <AddressFieldset legend={t("billingAddress")} prefix="billingAddress" value={form.billingAddress} onChange={(v) => set("billingAddress", v)} err={err} />
          <AddressFieldset legend={t("siteAddress")} prefix="siteAddress" value={form.siteAddress} onChange={(v) => set("siteAddress", v)} err={err} />
        </div>
      )}
    </div>
  );
}
