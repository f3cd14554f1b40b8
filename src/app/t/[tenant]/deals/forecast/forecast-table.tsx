"use client";
/** The forecast's figures, month by month, with a total: the chart's accessible twin. */
import Decimal from "decimal.js";
import { useTranslations } from "next-intl";
import { useMoney } from "@/components/format-money";
import type { ForecastMonth } from "./types";
import { useMonthLabel } from "./use-month-label";

const sum = (months: ForecastMonth[], k: "contractValue" | "weightedContractValue" | "weightedMrr") =>
  months.reduce((acc, m) => acc.plus(m[k]), new Decimal(0)).toFixed(2);

export function ForecastTable({ months, currency }: { months: ForecastMonth[]; currency: string }) {
  const t = useTranslations("deals");
  const money = useMoney();
  const label = useMonthLabel();
  const cell = "whitespace-nowrap px-3 py-2 text-right tabular-nums";
  return (
    <section aria-labelledby="forecast-table" className="overflow-x-auto rounded-lg border border-gray-200 bg-white [contain:inline-size]">
      <table className="min-w-full text-sm">
        <caption id="forecast-table" className="px-3 py-3 text-left text-lg font-semibold">
          {t("forecast.tableTitle")}
        </caption>
        <thead className="bg-gray-50 text-xs font-semibold uppercase tracking-wide text-gray-600">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">{t("forecast.month")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("forecast.deals")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("forecast.unweighted")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("forecast.weighted")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("forecast.weightedMrr")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row" className="px-3 py-2 text-left font-medium">{label(m.month, "long")}</th>
              <td className={cell}>
                {m.count}
                {m.overdue > 0 && <span className="ml-1.5 text-xs font-medium text-red-700">{t("forecast.overdueCount", { count: m.overdue })}</span>}
              </td>
              <td className={cell}>{money(m.contractValue, currency)}</td>
              <td className={`${cell} font-medium`}>{money(m.weightedContractValue, currency)}</td>
              <td className={cell}>{money(m.weightedMrr, currency)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-gray-200 font-semibold">
          <tr>
            <th scope="row" className="px-3 py-2 text-left">{t("forecast.total")}</th>
            <td className={cell}>{months.reduce((n, m) => n + m.count, 0)}</td>
            <td className={cell}>{money(sum(months, "contractValue"), currency)}</td>
            <td className={cell}>{money(sum(months, "weightedContractValue"), currency)}</td>
            <td className={cell}>{money(sum(months, "weightedMrr"), currency)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
