"use client";
/** The shared account picker in the deals area's words, saying when a search needs narrowing. */
import { useTranslations } from "next-intl";
import { AccountPicker, type AccountRef } from "@/components/account-picker";

type Props = { label: string; noneLabel: string; value: AccountRef | null; onChange: (a: AccountRef | null) => void; error?: string };

export function DealAccountPicker({ label, noneLabel, value, onChange, error }: Props) {
  const t = useTranslations("deals");
  return (
    <AccountPicker
      label={label}
      noneLabel={noneLabel}
      searchLabel={t("accountPicker.search", { field: label })}
      searchPlaceholder={t("accountPicker.placeholder")}
      value={value}
      onChange={onChange}
      error={error}
      hint={({ total, more }) => (more ? t("accountPicker.more", { count: total }) : null)}
    />
  );
}
