"use client";
/** The deals list: filtered and paginated on the server, with totals for the whole filtered set. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/format";
import { useMoney } from "@/components/format-money";
import { StageBadge } from "@/components/stage-badge";
import { Pagination } from "@/components/ui/pagination";
import { ScrollArea } from "@/components/ui/scroll-area";
import { useUrlState } from "@/components/use-url-state";
import { isOverdue, PIPELINE_STAGES } from "@/server/crm/stages";
import { useTRPC } from "@/trpc/client";
import { CloseDate } from "../_components/close-date";
import { TotalsCards } from "../_components/totals-cards";
import { EmptyPipeline } from "../_board/empty-pipeline";
import { Problem } from "@/components/problem";

const PAGE_SIZE = 25;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function DealsList({ slug, ownerId, currency }: { slug: string; ownerId: string | null; currency: string }) {
  const t = useTranslations("deals");
  const trpc = useTRPC();
  const url = useUrlState();
  const money = useMoney();
  const date = useFormat().calendar;
  const rawStage = url.get("stage");
  const stage = PIPELINE_STAGES.find((s) => s === rawStage) ?? null;
  const rawMonth = url.get("month");
  const closeMonth = rawMonth && MONTH.test(rawMonth) ? rawMonth : null;
  const page = Math.max(1, Number.parseInt(url.get("page") ?? "1", 10) || 1);
  const overdue = url.get("overdue") === "1";
  const input = { ownerId, stage, closeMonth, overdue, page, pageSize: PAGE_SIZE };
  // The previous page stays on screen while the next one loads, instead of a flash of "Loading".
  const list = useQuery({ ...trpc.deals.list.queryOptions(input), placeholderData: keepPreviousData });

  if (list.isPending) return <p role="status" className="text-sm text-gray-500">{t("common.loading")}</p>;
  if (list.error) return <Problem error={list.error} />;
  const { rows, total, totals } = list.data;
  const filtered = Boolean(ownerId || stage || closeMonth || overdue);
  if (total === 0 && !filtered) return <EmptyPipeline slug={slug} />;

  return (
    <div className="space-y-4" aria-busy={list.isFetching}>
      <section aria-label={t("list.totalsLabel")} className="space-y-4">
        {(totals.open.count > 0 || totals.won.count === 0) && <TotalsCards heading totals={totals.open} currency={currency} label={t("list.openTotals", { count: totals.open.count })} />}
        {totals.won.count > 0 && <TotalsCards heading totals={totals.won} currency={currency} label={t("list.wonTotals", { count: totals.won.count })} />}
        {totals.lost.count > 0 && <p className="text-sm text-gray-600">{t("list.lostNote", { count: totals.lost.count })}</p>}
      </section>
      {total === 0 ? (
        <p className="rounded-lg border border-gray-200 bg-white p-6 text-center text-sm text-gray-600">{t("list.noMatch")}</p>
      ) : (
        <ScrollArea className="rounded-lg border border-gray-200 bg-white [contain:inline-size]">
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t("list.caption", { count: total })}</caption>
            <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-600">
              <tr>
                <th scope="col" className="px-3 py-2">{t("list.deal")}</th>
                <th scope="col" className="px-3 py-2">{t("list.account")}</th>
                <th scope="col" className="px-3 py-2">{t("list.stage")}</th>
                <th scope="col" className="px-3 py-2">{t("list.owner")}</th>
                <th scope="col" className="px-3 py-2">{t("list.closeDate")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("totals.mrr")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("totals.oneOff")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("totals.contractValue")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {rows.map((d) => (
                <tr key={d.id} className="hover:bg-gray-50">
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    <Link href={`/t/${slug}/deals/${d.id}`} className="hover:underline">
                      {d.name}
                    </Link>
                  </th>
                  <td className="px-3 py-2">
                    <Link href={`/t/${slug}/accounts/${d.account.id}`} className="text-gray-700 hover:underline">
                      {d.account.name}
                    </Link>
                  </td>
                  <td className="px-3 py-2"><StageBadge stage={d.stage} /></td>
                  <td className="px-3 py-2 text-gray-700">{d.owner?.name ?? t("card.noOwner")}</td>
                  <td className="whitespace-nowrap px-3 py-2">
                    <CloseDate date={date(d.targetCloseDate)} overdue={isOverdue(d)} />
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{money(d.mrr, d.currency)}</td>
                  <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{money(d.oneOff, d.currency)}</td>
                  <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{money(d.contractValue, d.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} onPage={(p) => url.set({ page: p > 1 ? String(p) : null })} />
    </div>
  );
}
