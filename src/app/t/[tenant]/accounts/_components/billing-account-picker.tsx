"use client";
/**
 * The default billing account (a third-party payer: head office, holding), picked with the
 * shared account picker; its hint explains the field until a search says what it found.
 */
import { useTranslations } from "next-intl";
import { AccountPicker, type AccountRef, type AccountSearch } from "@/components/account-picker";

type Props = { value: AccountRef | null; onChange: (a: AccountRef | null) => void; excludeId?: string; error?: string };

export function BillingAccountPicker({ value, onChange, excludeId, error }: Props) {
  const t = useTranslations("accounts.form");
  const hint = ({ query, matches, more }: AccountSearch) =>
    !query ? t("billingAccountHint") : matches === 0 ? t("billingAccountNoMatch") : more ? t("billingAccountMore") : t("billingAccountMatches", { count: matches });
  return (
    <AccountPicker
      label={t("billingAccount")}
      noneLabel={t("billingAccountNone")}
      searchLabel={t("billingAccountSearch")}
      searchPlaceholder={t("billingAccountSearchPlaceholder")}
      value={value}
      onChange={onChange}
      excludeId={excludeId}
      error={error}
      hint={hint}
      className="space-y-1 sm:col-span-2"
    />
  );
}
