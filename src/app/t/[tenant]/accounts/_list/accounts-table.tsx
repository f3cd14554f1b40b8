"use client";
/** The accounts table: sortable name, status and creation date; skeleton rows while loading. */
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormat } from "@/components/format";
import { ScrollArea } from "@/components/ui/scroll-area";
import type { ListAccountsInput } from "@/server/routers/crm/accounts.schema";
import { useAccounts } from "../_components/context";
import { StatusBadge } from "../_components/status-badge";
import type { AccountRow } from "../_components/types";
import type { SortKey } from "./list-params";

type Props = { rows: AccountRow[] | null; params: ListAccountsInput; onSort: (key: SortKey) => void; stale: boolean };

const TH = "px-4 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-gray-600";
const TD = "px-4 py-3 text-sm";

export function AccountsTable({ rows, params, onSort, stale }: Props) {
  const t = useTranslations("accounts.list");
  const { slug } = useAccounts();
  const dates = useFormat();
  const sortable = (key: SortKey, label: string, className = "") => {
    const active = params.sort === key;
    const dir = active ? params.dir : null;
    return (
      <th scope="col" className={`${TH} ${className}`} aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"}>
        <button type="button" onClick={() => onSort(key)} title={t("sortBy", { column: label })} className="inline-flex items-center gap-1 rounded uppercase hover:text-gray-900">
          {label}
          <span aria-hidden className={active ? "text-gray-900" : "text-gray-300"}>
            {dir === "desc" ? "▼" : "▲"}
          </span>
        </button>
      </th>
    );
  };
  return (
    <ScrollArea className="rounded-lg border border-gray-200 bg-white [contain:inline-size]">
      <table className={`min-w-full divide-y divide-gray-200 transition-opacity ${stale ? "opacity-60" : ""}`} aria-busy={rows === null || stale}>
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-gray-50">
          <tr>
            {sortable("name", t("columns.name"))}
            {sortable("status", t("columns.status"))}
            <th scope="col" className={TH}>
              {t("columns.owner")}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {t("columns.contacts")}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {t("columns.deals")}
            </th>
            {sortable("createdAt", t("columns.created"))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows === null
            ? Array.from({ length: 8 }, (_, i) => <SkeletonRow key={i} />)
            : rows.map((a) => (
                <tr key={a.id} className="hover:bg-gray-50">
                  <td className={`${TD} font-medium`}>
                    <Link href={`/t/${slug}/accounts/${a.id}`} className="text-gray-900 underline-offset-2 hover:text-brand hover:underline">
                      {a.name}
                    </Link>
                  </td>
                  <td className={TD}>
                    <StatusBadge status={a.status} />
                  </td>
                  <td className={`${TD} text-gray-700`}>{a.owner?.name ?? <Muted>{t("noOwner")}</Muted>}</td>
                  <td className={`${TD} text-right tabular-nums`}>{a.contacts}</td>
                  <td className={`${TD} text-right tabular-nums`}>{a.deals}</td>
                  <td className={`${TD} whitespace-nowrap text-gray-700`}>{dates.day(a.createdAt)}</td>
                </tr>
              ))}
        </tbody>
      </table>
      {rows === null && (
        <p role="status" className="sr-only">
          {t("loading")}
        </p>
      )}
    </ScrollArea>
  );
}

function Muted({ children }: { children: ReactNode }) {
  return <span className="text-gray-400">{children}</span>;
}

function Bar({ className }: { className: string }) {
  return <span className={`block h-3 animate-pulse rounded bg-gray-200 ${className}`} />;
}

function SkeletonRow() {
  return (
    <tr aria-hidden>
      <td className={TD}><Bar className="w-40" /></td>
      <td className={TD}><Bar className="w-20" /></td>
      <td className={TD}><Bar className="w-28" /></td>
      <td className={TD}><Bar className="ml-auto w-6" /></td>
      <td className={TD}><Bar className="ml-auto w-6" /></td>
      <td className={TD}><Bar className="w-24" /></td>
    </tr>
  );
}
