"use client";
/** Weighted contract value per month, with the unweighted value as a lighter bar beside it. */
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useMoney } from "@/components/format-money";
import type { ForecastMonth } from "./types";
import { useMonthLabel } from "./use-month-label";

export function ForecastChart({ months, currency }: { months: ForecastMonth[]; currency: string }) {
  const t = useTranslations("deals");
  const money = useMoney();
  const label = useMonthLabel();
  // Bar heights need numbers; the amounts stay decimal strings for every figure shown as text.
  const data = months.map((m) => ({ month: m.month, label: label(m.month), weighted: Number(m.weightedContractValue), unweighted: Number(m.contractValue), raw: m }));
  return (
    <ResponsiveContainer width="100%" height={320}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} barGap={2}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e5e7eb" />
        <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#4b5563" }} tickLine={false} axisLine={{ stroke: "#d1d5db" }} interval={0} angle={months.length > 8 ? -30 : 0} textAnchor={months.length > 8 ? "end" : "middle"} height={months.length > 8 ? 50 : 30} />
        <YAxis tickFormatter={(v: number) => money(String(v), currency, { compact: true })} tick={{ fontSize: 12, fill: "#4b5563" }} tickLine={false} axisLine={false} width={72} />
        <Tooltip
          cursor={{ fill: "#f3f4f6" }}
          formatter={(_value, name, item) => {
            const raw = (item.payload as (typeof data)[number]).raw;
            return [money(name === "weighted" ? raw.weightedContractValue : raw.contractValue, currency), name === "weighted" ? t("forecast.weighted") : t("forecast.unweighted")];
          }}
        />
        <Legend formatter={(name) => <span className="text-sm text-gray-700">{name === "weighted" ? t("forecast.weighted") : t("forecast.unweighted")}</span>} />
        <Bar dataKey="unweighted" fill="#c7d2fe" radius={[3, 3, 0, 0]} />
        <Bar dataKey="weighted" fill="var(--color-brand)" radius={[3, 3, 0, 0]} />
      </BarChart>
    </ResponsiveContainer>
  );
}
