"use client";
/**
 * The default billing account (a third-party payer: head office, holding): type to search
 * accounts on the server, so it scales, then choose in a native select, which keyboards and
 * screen readers already know. The account being edited never pays for itself.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useDeferredValue, useId, useState } from "react";
import { useTRPC } from "@/trpc/client";
import type { AccountRef } from "./types";

type Props = { value: AccountRef | null; onChange: (a: AccountRef | null) => void; excludeId?: string; error?: string };

export function BillingAccountPicker({ value, onChange, excludeId, error }: Props) {
  const t = useTranslations("accounts.form");
  const trpc = useTRPC();
  const id = useId();
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  const found = useQuery({ ...trpc.accounts.list.queryOptions({ search: deferred, pageSize: 20 }), placeholderData: keepPreviousData });
  const results = (found.data?.rows ?? []).filter((a) => a.id !== excludeId).map((a) => ({ id: a.id, name: a.name }));
  const options = value && !results.some((a) => a.id === value.id) ? [value, ...results] : results;
  const more = (found.data?.total ?? 0) > (found.data?.rows.length ?? 0);
  const hint = !deferred
    ? t("billingAccountHint")
    : results.length === 0
      ? t("billingAccountNoMatch")
      : more
        ? t("billingAccountMore")
        : t("billingAccountMatches", { count: results.length });
  return (
    <fieldset className="space-y-1 sm:col-span-2">
      <legend className="text-sm font-medium text-gray-800">{t("billingAccount")}</legend>
      <div className="flex flex-wrap gap-2">
        <input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label={t("billingAccountSearch")}
          placeholder={t("billingAccountSearchPlaceholder")}
          className="min-w-40 flex-1 rounded-md border border-gray-300 px-3 py-2 text-sm shadow-sm"
        />
        <select
          value={value?.id ?? ""}
          onChange={(e) => onChange(options.find((a) => a.id === e.target.value) ?? null)}
          aria-label={t("billingAccount")}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          className={`min-w-48 flex-1 rounded-md border bg-white px-3 py-2 text-sm shadow-sm ${error ? "border-red-500" : "border-gray-300"}`}
        >
          <option value="">{t("billingAccountNone")}</option>
          {options.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-gray-500" aria-live="polite">
          {hint}
        </p>
      )}
    </fieldset>
  );
}
