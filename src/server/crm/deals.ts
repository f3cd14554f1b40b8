/**
 * Deals: create, edit, move through the pipeline (lists and the board are in deal-lists.ts).
 * A won deal is read-only except for its notes (DESIGN §2).
 */
import type { DealStage } from "@/generated/prisma/enums";
import { recordActivity } from "@/server/activity/record";
import type { TenantDb } from "@/server/db/tenant";
import { AppError, fieldError, notFound } from "@/server/errors";
import type { DealFields } from "@/server/routers/crm/deals.schema";
import { assertStageChange } from "./stages";

/** A calendar date ("2026-12-31") as the UTC midnight a DATE column stores. */
export const asDate = (d: string) => new Date(`${d}T00:00:00.000Z`);

async function assertOwner(db: TenantDb, ownerId: string | null) {
  if (ownerId && !(await db.membership.findFirst({ where: { id: ownerId }, select: { id: true } }))) throw fieldError("ownerId", "memberUnknown");
}

/** Locks the deal, then reads it: two Mark Won at once must not both see it open. */
export async function lockDeal(db: TenantDb, id: string) {
  await db.$executeRaw`SELECT 1 FROM "Deal" WHERE "tenantId" = current_tenant_id() AND id = ${id}::uuid FOR UPDATE`;
  const deal = await db.deal.findFirst({ where: { id } });
  if (!deal) throw notFound("This deal");
  return deal;
}

export function assertEditable(deal: { stage: DealStage }) {
  if (deal.stage === "WON") throw new AppError("CONFLICT", "A won deal is read-only except for its notes.", { stage: ["dealWonReadOnly"] });
}

export async function createDeal(db: TenantDb, actorId: string, accountId: string, currency: string, f: DealFields) {
  if (!(await db.account.findFirst({ where: { id: accountId }, select: { id: true } }))) throw fieldError("accountId", "accountUnknown");
  await assertOwner(db, f.ownerId);
  const deal = await db.deal.create({
    data: { tenantId: db.tenantId, accountId, currency, name: f.name, ownerId: f.ownerId, notes: f.notes, targetCloseDate: asDate(f.targetCloseDate) },
    select: { id: true },
  });
  await recordActivity(db, { actorId, action: "deal.created", entityType: "Deal", entityId: deal.id, after: { ...f, accountId, currency } });
  return deal;
}

export async function updateDeal(db: TenantDb, actorId: string, id: string, f: DealFields) {
  const deal = await lockDeal(db, id);
  const before = { name: deal.name, targetCloseDate: deal.targetCloseDate.toISOString().slice(0, 10), ownerId: deal.ownerId, notes: deal.notes };
  const changesMoreThanNotes = before.name !== f.name || before.targetCloseDate !== f.targetCloseDate || before.ownerId !== f.ownerId;
  if (changesMoreThanNotes) assertEditable(deal);
  await assertOwner(db, f.ownerId);
  await db.deal.update({ where: { tenantId_id: { tenantId: db.tenantId, id } }, data: { name: f.name, ownerId: f.ownerId, notes: f.notes, targetCloseDate: asDate(f.targetCloseDate) } });
  await recordActivity(db, { actorId, action: "deal.updated", entityType: "Deal", entityId: id, before, after: f });
  return { id };
}

export async function moveDealStage(db: TenantDb, actorId: string, id: string, stage: DealStage, lostReason: string | null | undefined) {
  const deal = await lockDeal(db, id);
  assertStageChange(deal.stage, stage, lostReason);
  if (deal.stage === stage) return { id, stage };
  await db.deal.update({ where: { tenantId_id: { tenantId: db.tenantId, id } }, data: { stage, lostReason: stage === "LOST" ? lostReason?.trim() : null } });
  await recordActivity(db, { actorId, action: "deal.stage-changed", entityType: "Deal", entityId: id, before: { stage: deal.stage }, after: { stage, ...(stage === "LOST" ? { lostReason } : {}) } });
  return { id, stage };
}
