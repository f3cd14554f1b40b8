"use client";
/** /accounts: the filtered, sorted, paginated list of accounts; the view lives in the URL. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { useUrlState } from "@/components/use-url-state";
import { useTRPC } from "@/trpc/client";
import { useAccounts } from "./_components/context";
import { Problem } from "@/components/problem";
import { AccountsTable } from "./_list/accounts-table";
import { EmptyState } from "./_list/empty-state";
import { CLEARED, hasFilters, ListFilters } from "./_list/list-filters";
import { listParams, nextSort } from "./_list/list-params";
import { NewAccountDialog } from "./_list/new-account-dialog";

export function AccountsIndex() {
  const t = useTranslations("accounts");
  const { slug, canWrite } = useAccounts();
  const trpc = useTRPC();
  const url = useUrlState();
  const params = listParams(url.get);
  const list = useQuery({ ...trpc.accounts.list.queryOptions(params), placeholderData: keepPreviousData });
  const [creating, setCreating] = useState(false);
  const data = list.data;
  const emptyKind = !data || data.rows.length > 0 ? null : data.total > 0 ? "pageBeyond" : hasFilters(params) ? "noMatch" : "none";

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-gray-600">{t("subtitle")}</p>
        </div>
        {canWrite && (
          <div className="flex gap-2">
            <Link
              href={`/t/${slug}/accounts/import`}
              className="inline-flex items-center rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50"
            >
              {t("importCsv")}
            </Link>
            <Button onClick={() => setCreating(true)}>{t("newAccount")}</Button>
          </div>
        )}
      </header>
      <ListFilters params={params} onChange={url.set} />
      {list.error ? (
        <Problem error={list.error} />
      ) : emptyKind ? (
        <EmptyState kind={emptyKind} onNew={() => setCreating(true)} onClear={() => url.set(CLEARED)} onFirstPage={() => url.set({ page: null })} />
      ) : (
        <>
          <AccountsTable rows={data?.rows ?? null} params={params} onSort={(key) => url.set({ ...nextSort(params, key), page: null })} stale={list.isPlaceholderData} />
          {data && <Pagination page={params.page} pageSize={data.pageSize} total={data.total} onPage={(p) => url.set({ page: p > 1 ? String(p) : null })} />}
        </>
      )}
      {canWrite && <NewAccountDialog open={creating} onClose={() => setCreating(false)} />}
    </div>
  );
}
