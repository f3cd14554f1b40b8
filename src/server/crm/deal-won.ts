/**
 * Mark Won ("go to production"), in one transaction: deal WON, one subscription per line
 * (active from the won date where nothing needs installing, pending otherwise), one running
 * deployment project per line that needs installing, and the account's status re-derived.
 */
import { recordActivity } from "@/server/activity/record";
import type { AttributeValues } from "@/server/crm/attributes";
import type { TenantDb } from "@/server/db/tenant";
import { createProjects, type ProjectChoice } from "@/server/deployments/create-projects";
import { recomputeAccountStatus } from "./accounts";
import { lockDeal } from "./deals";
import { planMarkWon } from "./mark-won";

export async function markDealWon(db: TenantDb, actorId: string, id: string, wonAt: Date, projects: readonly ProjectChoice[] = [], now = new Date()) {
  const deal = await lockDeal(db, id);
  const [account, lines, existingSubscriptions] = await Promise.all([
    db.account.findFirstOrThrow({
      where: { id: deal.accountId },
      select: {
        id: true, name: true, billingAccountId: true, salesRepId: true, salesAdminId: true, technicianId: true,
        contacts: { where: { active: true, roles: { has: "TECHNICAL" } }, orderBy: { createdAt: "asc" }, take: 1, select: { id: true } },
      },
    }),
    db.serviceLine.findMany({
      where: { dealId: id },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, billingAccountId: true, attributes: true, serviceTypeId: true, serviceType: { select: { name: true, requiresInstallation: true, defaultTemplateId: true } } },
    }),
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
  const projectIds = await createProjects(
    db,
    actorId,
    { id, name: deal.name, accountId: deal.accountId, accountName: account.name, ownerId: deal.ownerId, targetCloseDate: deal.targetCloseDate.toISOString().slice(0, 10) },
    { salesRepId: account.salesRepId, salesAdminId: account.salesAdminId, technicianId: account.technicianId, technicalContactId: account.contacts[0]?.id ?? null },
    lines
      .filter((l) => l.serviceType.requiresInstallation)
      .map((l) => ({ id: l.id, serviceTypeId: l.serviceTypeId, serviceTypeName: l.serviceType.name, defaultTemplateId: l.serviceType.defaultTemplateId, attributes: l.attributes as AttributeValues })),
    projects,
    now,
  );
  await recordActivity(db, {
    actorId,
    action: "deal.won",
    entityType: "Deal",
    entityId: id,
    before: { stage: deal.stage },
    after: { stage: "WON", wonAt: wonAt.toISOString(), subscriptions: plan.subscriptions.map((s) => ({ serviceLineId: s.serviceLineId, status: s.status })) },
  });
  const accountStatus = await recomputeAccountStatus(db, deal.accountId, actorId);
  return { id, accountStatus, projectIds, subscriptions: plan.subscriptions.map((s) => ({ serviceLineId: s.serviceLineId, status: s.status })) };
}
