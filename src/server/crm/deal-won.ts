/**
 * Mark Won ("go to production"), in one transaction: deal WON, one subscription per line
 * (active from the won date where nothing needs installing, pending otherwise), and the
 * account's status re-derived. Deployment projects join this transaction with the engine.
 */
import { recordActivity } from "@/server/activity/record";
import type { TenantDb } from "@/server/db/tenant";
import { recomputeAccountStatus } from "./accounts";
import { lockDeal } from "./deals";
import { planMarkWon } from "./mark-won";

export async function markDealWon(db: TenantDb, actorId: string, id: string, wonAt: Date) {
  const deal = await lockDeal(db, id);
  const [account, lines, existingSubscriptions] = await Promise.all([
    db.account.findFirstOrThrow({ where: { id: deal.accountId }, select: { id: true, billingAccountId: true } }),
    db.serviceLine.findMany({ where: { dealId: id }, select: { id: true, billingAccountId: true, serviceType: { select: { requiresInstallation: true } } } }),
    db.subscription.findMany({ where: { accountId: deal.accountId }, select: { status: true, startDate: true, serviceLine: { select: { dealId: true } } } }),
  ]);
  const plan = planMarkWon({
    deal: { id, stage: deal.stage, accountId: deal.accountId },
    account,
    lines: lines.map((l) => ({ id: l.id, billingAccountId: l.billingAccountId, requiresInstallation: l.serviceType.requiresInstallation })),
    existingSubscriptions: existingSubscriptions.map((s) => ({ status: s.status, startDate: s.startDate, dealId: s.serviceLine.dealId })),
    wonAt,
  });
  await db.deal.update({ where: { tenantId_id: { tenantId: db.tenantId, id } }, data: { stage: "WON", wonAt } });
  await db.subscription.createMany({ data: plan.subscriptions.map((s) => ({ tenantId: db.tenantId, accountId: deal.accountId, ...s })) });
  await recordActivity(db, {
    actorId,
    action: "deal.won",
    entityType: "Deal",
    entityId: id,
    before: { stage: deal.stage },
    after: { stage: "WON", wonAt: wonAt.toISOString(), subscriptions: plan.subscriptions.map((s) => ({ serviceLineId: s.serviceLineId, status: s.status })) },
  });
  const accountStatus = await recomputeAccountStatus(db, deal.accountId, actorId);
  return { id, accountStatus, subscriptions: plan.subscriptions.map((s) => ({ serviceLineId: s.serviceLineId, status: s.status })) };
}
