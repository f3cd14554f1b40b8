"use client";
/**
 * The weighted pipeline forecast (DESIGN §2): open deals by target close month over the next
 * 12 months, each counted at its stage's probability. Chart for the shape, table for the figures.
 */
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import { ownerParam, useUrlState } from "@/components/use-url-state";
import { useTRPC } from "@/trpc/client";
import { DealsNav } from "../_components/deals-nav";
import { OwnerFilter } from "../_components/owner-filter";
import { useTenantCurrency } from "../_components/use-currency";
import { ForecastChart } from "./forecast-chart";
import { ForecastTable } from "./forecast-table";
import { WeightingNote } from "./weighting-note";
import { Problem } from "@/components/problem";

export function ForecastView({ slug, isAdmin, canWrite, fallbackCurrency }: { slug: string; isAdmin: boolean; canWrite: boolean; fallbackCurrency: string }) {
  const t = useTranslations("deals");
  const trpc = useTRPC();
  const url = useUrlState();
  const ownerId = ownerParam(url.get("owner"));
  const currency = useTenantCurrency(fallbackCurrency);
  const forecast = useQuery(trpc.deals.forecast.queryOptions({ ownerId }));
  return (
    <div className="max-w-6xl space-y-6">
      <DealsNav slug={slug} view="forecast" canWrite={canWrite}>
        <OwnerFilter />
      </DealsNav>
      <p className="max-w-3xl text-sm text-gray-600">{t("forecast.intro")}</p>
      {forecast.isPending ? (
        <p role="status" className="text-sm text-gray-500">{t("common.loading")}</p>
      ) : forecast.error ? (
        <Problem error={forecast.error} />
      ) : (
        <>
          <section aria-labelledby="forecast-chart" className="rounded-lg border border-gray-200 bg-white p-6">
            <h2 id="forecast-chart" className="mb-4 text-lg font-semibold">
              {t("forecast.chartTitle")}
            </h2>
            {forecast.data.every((m) => m.count === 0) && <p className="mb-4 text-sm text-gray-600">{t("forecast.empty")}</p>}
            {/* The chart is a picture of the table below, which is what assistive technologies read. */}
            <div aria-hidden>
              <ForecastChart months={forecast.data} currency={currency} />
            </div>
          </section>
          <OverdueNotice slug={slug} count={forecast.data[0]?.overdue ?? 0} />
          <ForecastTable months={forecast.data} currency={currency} />
        </>
      )}
      <WeightingNote slug={slug} isAdmin={isAdmin} />
    </div>
  );
}

/** Overdue deals are counted in the current month; say so, and lead to them. */
function OverdueNotice({ slug, count }: { slug: string; count: number }) {
  const t = useTranslations("deals");
  const url = useUrlState();
  if (count === 0) return null;
  return (
    <Notice tone="warning">
      {t("forecast.overdueNotice", { count })}{" "}
      <Link href={url.href(`/t/${slug}/deals`, { view: "list", overdue: "1" })} className="font-medium underline">
        {t("forecast.overdueLink")}
      </Link>
    </Notice>
  );
}
