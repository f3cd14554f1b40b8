"use client";
/**
 * The deal page: header, totals, service lines, notes and history. A won deal is the record
 * of what was sold: it shows read-only, with each line's subscription, and only notes change.
 */
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { WonProjectsCreated } from "../_components/won-projects-created";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Notice } from "@/components/ui/notice";
import { useTRPC } from "@/trpc/client";
import type { MarkWonResult } from "../_components/types";
import { TotalsCards } from "../_components/totals-cards";
import { DealActivity } from "./deal-activity";
import { DealHeader } from "./deal-header";
import { DealNotes } from "./deal-notes";
import { ServiceLines } from "./service-lines";
import { useProblem } from "@/components/problem";

type Props = { slug: string; id: string; canWrite: boolean; myUserId: string };

export function DealView({ slug, id, canWrite, myUserId }: Props) {
  const t = useTranslations("deals");
  const problemOf = useProblem();
  const trpc = useTRPC();
  const deal = useQuery(trpc.deals.get.queryOptions({ id }));
  const [won, setWon] = useState<MarkWonResult | null>(null);

  if (deal.isPending) return <p role="status" className="text-sm text-gray-500">{t("common.loading")}</p>;
  if (deal.error) {
    return (
      <div className="max-w-xl space-y-3">
        <Notice tone="error">{deal.error.data?.code === "NOT_FOUND" ? t("deal.notFound") : problemOf(deal.error)}</Notice>
        <Link href={`/t/${slug}/deals`} className="text-sm font-medium text-brand hover:underline">
          {t("deal.backToDeals")}
        </Link>
      </div>
    );
  }
  const d = deal.data;
  const editable = canWrite && d.stage !== "WON";
  return (
    <div className="max-w-6xl space-y-6">
      <nav aria-label={t("deal.breadcrumb")} className="text-sm">
        <Link href={`/t/${slug}/deals`} className="text-gray-600 hover:underline">
          {t("title")}
        </Link>
        <span aria-hidden className="px-2 text-gray-400">/</span>
        <span aria-current="page" className="text-gray-900">{d.name}</span>
      </nav>
      <DealHeader slug={slug} deal={d} canWrite={canWrite} onWon={setWon} />
      {won && (
        <Notice tone="success" title={t("markWon.done", { deal: d.name })}>
          {t("markWon.accountNow", { account: d.account.name, status: t(`accountStatus.${won.accountStatus}`) })}
          <WonProjectsCreated slug={slug} result={won} />
        </Notice>
      )}
      <TotalsCards totals={d.totals} currency={d.currency} label={t("deal.totalsLabel")} commitmentHint />
      <ServiceLines deal={d} editable={editable} />
      <div className="grid gap-6 lg:grid-cols-2">
        <DealNotes deal={d} canWrite={canWrite} />
        <DealActivity deal={d} myUserId={myUserId} />
      </div>
    </div>
  );
}
