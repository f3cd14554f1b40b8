/** Rows to money: Prisma's Decimal becomes the decimal string the money module computes with. */
import type { BillingFrequency } from "@/generated/prisma/enums";
import { dealTotals, roundMoney, type LineMoney } from "./money";

export type LineRow = { quantity: number; unitPrice: { toString(): string }; frequency: BillingFrequency; commitmentMonths: number };

export const lineMoneySelect = { quantity: true, unitPrice: true, frequency: true, commitmentMonths: true } as const;

export function toLineMoney(l: LineRow): LineMoney {
  return { quantity: l.quantity, unitPrice: l.unitPrice.toString(), frequency: l.frequency, commitmentMonths: l.commitmentMonths };
}

/** MRR, one-off and contract value of a deal's lines, as 2-decimal strings. */
export function totalsOf(lines: readonly LineRow[]) {
  const t = dealTotals(lines.map(toLineMoney));
  return { mrr: roundMoney(t.mrr), oneOff: roundMoney(t.oneOff), contractValue: roundMoney(t.contractValue) };
}
