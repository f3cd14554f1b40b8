"use client";
/**
 * Picks an account by name: type to search (on the server, so it scales), then choose in a
 * native select, which every keyboard and screen reader already knows how to use.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useDeferredValue, useId, useState } from "react";
import { useTRPC } from "@/trpc/client";

type Account = { id: string; name: string };
type Props = { label: string; noneLabel: string; value: Account | null; onChange: (a: Account | null) => void; excludeId?: string; error?: string };

export function AccountPicker({ label, noneLabel, value, onChange, excludeId, error }: Props) {
  const t = useTranslations("deals");
  const trpc = useTRPC();
  const id = useId();
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  const found = useQuery({ ...trpc.accounts.list.queryOptions({ search: deferred, pageSize: 20 }), placeholderData: keepPreviousData });
  const results = (found.data?.rows ?? []).filter((a) => a.id !== excludeId);
  const options = value && !results.some((a) => a.id === value.id) ? [value, ...results] : results;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-gray-800">{label}</legend>
      <div className="flex flex-wrap gap-2">
        <input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label={t("accountPicker.search", { field: label })}
          placeholder={t("accountPicker.placeholder")}
          className="min-w-40 flex-1 rounded-md border border-gray-300 px-3 py-2 text-sm shadow-sm"
        />
        <select
          value={value?.id ?? ""}
          onChange={(e) => onChange(options.find((a) => a.id === e.target.value) ?? null)}
          aria-label={label}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`min-w-48 flex-1 rounded-md border bg-white px-3 py-2 text-sm shadow-sm ${error ? "border-red-500" : "border-gray-300"}`}
        >
          <option value="">{noneLabel}</option>
          {options.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      {found.data && found.data.total > results.length && <p className="text-xs text-gray-500">{t("accountPicker.more", { count: found.data.total })}</p>}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
