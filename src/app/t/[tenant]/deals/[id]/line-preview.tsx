"use client";
/** What the line being typed is worth, computed as the server will (decimal.js, no floats). */
import { useTranslations } from "next-intl";
import { useMoney } from "@/components/format-money";
import type { BillingFrequency } from "@/generated/prisma/enums";
import { lineAmounts, moneyInput, roundMoney } from "@/server/crm/money";

type Props = { quantity: string; unitPrice: string; frequency: BillingFrequency; commitmentMonths: string; currency: string };

export function LinePreview({ quantity, unitPrice, frequency, commitmentMonths, currency }: Props) {
  const t = useTranslations("deals");
  const money = useMoney();
  const price = moneyInput.safeParse(unitPrice);
  const q = Number(quantity);
  const c = Number(commitmentMonths);
  if (!price.success || !Number.isInteger(q) || q < 0 || !Number.isInteger(c) || c < 0 || quantity.trim() === "" || commitmentMonths.trim() === "") return null;
  const a = lineAmounts({ quantity: q, unitPrice: price.data, frequency, commitmentMonths: c });
  return (
    <p className="rounded-md bg-gray-50 px-3 py-2 text-sm text-gray-700" aria-live="polite">
      {t("lines.preview", { mrr: money(roundMoney(a.mrr), currency), oneOff: money(roundMoney(a.oneOff), currency), contractValue: money(roundMoney(a.contractValue), currency) })}
    </p>
  );
}
