"use client";
/** MRR, one-off and contract value side by side: a deal's, or a filtered list's. */
import { useTranslations } from "next-intl";
import { useMoney } from "@/components/format-money";

type Totals = { mrr: string; oneOff: string; contractValue: string };

/** `heading`: show the label as a visible title (where several groups of totals stand together). */
export function TotalsCards({ totals, currency, label, heading = false, commitmentHint }: { totals: Totals; currency: string; label: string; heading?: boolean; commitmentHint?: boolean }) {
  const t = useTranslations("deals");
  const money = useMoney();
  const items = [
    { key: "mrr", title: t("totals.mrr"), value: totals.mrr, hint: t("totals.mrrHint") },
    { key: "oneOff", title: t("totals.oneOff"), value: totals.oneOff, hint: t("totals.oneOffHint") },
    { key: "contractValue", title: t("totals.contractValue"), value: totals.contractValue, hint: commitmentHint ? t("totals.contractValueHint") : undefined },
  ];
  return (
    <section aria-label={label} className="space-y-2">
      {heading && <h2 className="text-sm font-semibold text-gray-700">{label}</h2>}
      <dl className="grid gap-3 sm:grid-cols-3">
        {items.map((i) => (
          <div key={i.key} className="rounded-lg border border-gray-200 bg-white p-4" data-testid={`total-${i.key}`}>
            <dt className="text-xs font-medium uppercase tracking-wide text-gray-500">{i.title}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums">{money(i.value, currency)}</dd>
            {i.hint && <dd className="mt-0.5 text-xs text-gray-500">{i.hint}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
