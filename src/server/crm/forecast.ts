/**
 * The weighted pipeline forecast by month (DESIGN §2): open deals bucketed by target close
 * month, each weighted by its stage's probability. Pure: the caller loads deals and the
 * tenant's probabilities.
 */
import Decimal from "decimal.js";
import type { DealStage } from "@/generated/prisma/enums";
import { localDate } from "@/server/calendar/business-days";
import { roundMoney } from "./money";
import { isOpenStage } from "./stages";

export type ForecastDeal = {
  stage: DealStage;
  targetCloseDate: Date;
  contractValue: Decimal.Value;
  mrr: Decimal.Value;
};

export type ForecastMonth = {
  month: string;
  count: number;
  /** Of `count`, the deals whose target close date has passed (only ever in the first month). */
  overdue: number;
  contractValue: string;
  weightedContractValue: string;
  weightedMrr: string;
};

/** The year and month of an instant as seen on a wall clock in `timeZone`. */
function monthIn(date: Date, timeZone: string): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric" }).formatToParts(date);
  const part = (type: "year" | "month") => Number(parts.find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month") };
}

function monthKey(year: number, monthIndex: number): string {
  const y = year + Math.floor(monthIndex / 12);
  const m = ((monthIndex % 12) + 12) % 12;
  return `${String(y).padStart(4, "0")}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * `from` is an instant ("now"), so its month depends on the tenant's time zone. A target close
 * date is a calendar date stored as UTC midnight: its month is read in UTC, because shifting
 * it to a zone west of Greenwich would move the 1st of a month into the previous one.
 * An open deal whose target close date has passed is still business in play: it is counted in
 * the first month, as overdue, rather than vanishing from the forecast.
 */
export function forecastByMonth(input: {
  deals: readonly ForecastDeal[];
  probabilities: Readonly<Record<DealStage, number>>;
  from: Date;
  months?: number;
  timeZone: string;
}): ForecastMonth[] {
  const months = input.months ?? 12;
  if (!Number.isInteger(months) || months < 0) throw new Error(`Invalid number of months ${months}`);
  const start = monthIn(input.from, input.timeZone);
  const today = localDate(input.from, input.timeZone);
  const buckets = new Map<string, { count: number; overdue: number; value: Decimal; weighted: Decimal; weightedMrr: Decimal }>();
  for (let i = 0; i < months; i++) {
    const zero = new Decimal(0);
    buckets.set(monthKey(start.year, start.month - 1 + i), { count: 0, overdue: 0, value: zero, weighted: zero, weightedMrr: zero });
  }
  const current = buckets.values().next().value;
  for (const deal of input.deals) {
    if (!isOpenStage(deal.stage)) continue;
    const close = deal.targetCloseDate.toISOString().slice(0, 10);
    const overdue = close < today;
    const bucket = overdue ? current : buckets.get(close.slice(0, 7));
    if (!bucket) continue;
    const share = new Decimal(input.probabilities[deal.stage]).dividedBy(100);
    bucket.count += 1;
    if (overdue) bucket.overdue += 1;
    bucket.value = bucket.value.plus(deal.contractValue);
    bucket.weighted = bucket.weighted.plus(share.times(deal.contractValue));
    bucket.weightedMrr = bucket.weightedMrr.plus(share.times(deal.mrr));
  }
  return [...buckets].map(([month, b]) => ({
    month,
    count: b.count,
    overdue: b.overdue,
    contractValue: roundMoney(b.value),
    weightedContractValue: roundMoney(b.weighted),
    weightedMrr: roundMoney(b.weightedMrr),
  }));
}
