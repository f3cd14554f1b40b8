"use client";
/**
 * Picks an account by name: type to search (on the server, so it scales), then choose in a
 * native select, which every keyboard and screen reader already knows how to use. The words
 * around it (labels, the hint under it) belong to the page that uses it.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useDeferredValue, useId, useState } from "react";
import { useTRPC } from "@/trpc/client";

export type AccountRef = { id: string; name: string };
/** What the last search found, for the hint: `more` when the server holds more than it sent. */
export type AccountSearch = { query: string; matches: number; total: number; more: boolean };

type Props = {
  label: string;
  noneLabel: string;
  searchLabel: string;
  searchPlaceholder: string;
  value: AccountRef | null;
  onChange: (a: AccountRef | null) => void;
  /** The account being edited, which cannot be picked for itself. */
  excludeId?: string;
  error?: string;
  hint?: (found: AccountSearch) => string | null;
  className?: string;
};

export function AccountPicker({ label, noneLabel, searchLabel, searchPlaceholder, value, onChange, excludeId, error, hint, className = "space-y-2" }: Props) {
  const trpc = useTRPC();
  const id = useId();
  const [search, setSearch] = useState("");
  const query = useDeferredValue(search.trim());
  const found = useQuery({ ...trpc.accounts.list.queryOptions({ search: query, pageSize: 20 }), placeholderData: keepPreviousData });
  const rows = found.data?.rows ?? [];
  const results = rows.filter((a) => a.id !== excludeId).map((a) => ({ id: a.id, name: a.name }));
  const options = value && !results.some((a) => a.id === value.id) ? [value, ...results] : results;
  const total = found.data?.total ?? 0;
  const hintText = hint?.({ query, matches: results.length, total, more: total > rows.length }) ?? null;
  return (
    <fieldset className={className}>
      <legend className="text-sm font-medium text-gray-800">{label}</legend>
      <div className="flex flex-wrap gap-2">
        <input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label={searchLabel}
          placeholder={searchPlaceholder}
          className="min-w-40 flex-1 rounded-md border border-gray-300 px-3 py-2 text-sm shadow-sm"
        />
        <select
          value={value?.id ?? ""}
          onChange={(e) => onChange(options.find((a) => a.id === e.target.value) ?? null)}
          aria-label={label}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : hintText ? `${id}-hint` : undefined}
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
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : (
        hintText && (
          <p id={`${id}-hint`} className="text-xs text-gray-500" aria-live="polite">
            {hintText}
          </p>
        )
      )}
    </fieldset>
  );
}
