/** Loads the open deals of the next months and buckets them with the pure forecast. */
import type { TenantDb } from "@/server/db/tenant";
import { forecastByMonth } from "./forecast";
import { lineMoneySelect, totalsOf } from "./line-money";
import { getProbabilities } from "./pipeline";
import { OPEN_STAGES } from "./stages";

export async function dealForecast(db: TenantDb, ownerId: string | null, now = new Date(), months = 12) {
  // No lower bound: an open deal whose date has passed is counted, as overdue, in this month.
  const until = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months + 1, 1));
  const [deals, probabilities] = await Promise.all([
    db.deal.findMany({
      where: { stage: { in: [...OPEN_STAGES] }, targetCloseDate: { lt: until }, ...(ownerId ? { ownerId } : {}) },
      select: { stage: true, targetCloseDate: true, lines: { select: lineMoneySelect } },
    }),
    getProbabilities(db),
  ]);
  return forecastByMonth({
    deals: deals.map((d) => ({ stage: d.stage, targetCloseDate: d.targetCloseDate, ...totalsOf(d.lines) })),
    probabilities,
    from: now,
    months,
    timeZone: db.tenantRef.timezone,
  });
}
