/**
 * Deals: create, edit, move through the pipeline, list with totals, the board. A won deal is
 * read-only except for its notes (DESIGN §2).
 */
import { Prisma } from "@/generated/prisma/client";
import type { DealStage } from "@/generated/prisma/enums";
import { recordActivity } from "@/server/activity/record";
import { tenantTransaction, type TenantDb, type TenantTx } from "@/server/db/tenant";
import type { TenantRef } from "@/server/db/tenant-context";
import { AppError, fieldError, notFound } from "@/server/errors";
import type { DealFields, ListDealsInput } from "@/server/routers/crm/deals.schema";
import { lineMoneySelect, totalsOf } from "./line-money";
import { roundMoney, totalsOfSums, type FrequencySums } from "./money";
import { assertStageChange, PIPELINE_STAGES } from "./stages";

/** A calendar date ("2026-12-31") as the UTC midnight a DATE column stores. */
export const asDate = (d: string) => new Date(`${d}T00:00:00.000Z`);

async function assertOwner(tx: TenantTx, ownerId: string | null) {
  if (ownerId && !(await tx.membership.findFirst({ where: { id: ownerId }, select: { id: true } }))) throw fieldError("ownerId", "memberUnknown");
}

/** Locks the deal, then reads it: two Mark Won at once must not both see it open. */
export async function lockDeal(tx: TenantTx, id: string) {
  await tx.$executeRaw`SELECT 1 FROM "Deal" WHERE "tenantId" = current_tenant_id() AND id = ${id}::uuid FOR UPDATE`;
  const deal = await tx.deal.findFirst({ where: { id } });
  if (!deal) throw notFound("This deal");
  return deal;
}

export function assertEditable(deal: { stage: DealStage }) {
  if (deal.stage === "WON") throw new AppError("CONFLICT", "A won deal is read-only except for its notes.", { stage: ["dealWonReadOnly"] });
}

export function createDeal(tenant: TenantRef, actorId: string, accountId: string, currency: string, f: DealFields) {
  return tenantTransaction(tenant.id, async (tx) => {
    if (!(await tx.account.findFirst({ where: { id: accountId }, select: { id: true } }))) throw fieldError("accountId", "accountUnknown");
    await assertOwner(tx, f.ownerId);
    const deal = await tx.deal.create({
      data: { tenantId: tenant.id, accountId, currency, name: f.name, ownerId: f.ownerId, notes: f.notes, targetCloseDate: asDate(f.targetCloseDate) },
      select: { id: true },
    });
    await recordActivity(tx, { tenantId: tenant.id, actorId, action: "deal.created", entityType: "Deal", entityId: deal.id, after: { ...f, accountId, currency } });
    return deal;
  });
}

export function updateDeal(tenant: TenantRef, actorId: string, id: string, f: DealFields) {
  return tenantTransaction(tenant.id, async (tx) => {
    const deal = await lockDeal(tx, id);
    const before = { name: deal.name, targetCloseDate: deal.targetCloseDate.toISOString().slice(0, 10), ownerId: deal.ownerId, notes: deal.notes };
    const changesMoreThanNotes = before.name !== f.name || before.targetCloseDate !== f.targetCloseDate || before.ownerId !== f.ownerId;
    if (changesMoreThanNotes) assertEditable(deal);
    await assertOwner(tx, f.ownerId);
    await tx.deal.update({ where: { tenantId_id: { tenantId: tenant.id, id } }, data: { name: f.name, ownerId: f.ownerId, notes: f.notes, targetCloseDate: asDate(f.targetCloseDate) } });
    await recordActivity(tx, { tenantId: tenant.id, actorId, action: "deal.updated", entityType: "Deal", entityId: id, before, after: f });
    return { id };
  });
}

export function moveDealStage(tenantId: string, actorId: string, id: string, stage: DealStage, lostReason: string | null | undefined) {
  return tenantTransaction(tenantId, async (tx) => {
    const deal = await lockDeal(tx, id);
    assertStageChange(deal.stage, stage, lostReason);
    if (deal.stage === stage) return { id, stage };
    await tx.deal.update({ where: { tenantId_id: { tenantId, id } }, data: { stage, lostReason: stage === "LOST" ? lostReason?.trim() : null } });
    await recordActivity(tx, { tenantId, actorId, action: "deal.stage-changed", entityType: "Deal", entityId: id, before: { stage: deal.stage }, after: { stage, ...(stage === "LOST" ? { lostReason } : {}) } });
    return { id, stage };
  });
}

type DealQuery = { ownerId: string | null; stage?: DealStage | null; closeMonth?: string | null };

function monthRange(closeMonth: string | null | undefined) {
  if (!closeMonth) return null;
  const from = asDate(`${closeMonth}-01`);
  return { from, to: new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1)) };
}

function dealFilter(q: DealQuery): Prisma.DealWhereInput {
  const month = monthRange(q.closeMonth);
  return {
    ...(q.ownerId ? { ownerId: q.ownerId } : {}),
    ...(q.stage ? { stage: q.stage } : {}),
    ...(month ? { targetCloseDate: { gte: month.from, lt: month.to } } : {}),
  };
}

/**
 * Line sums per stage and frequency, added up by the database: a board or a filtered list
 * over thousands of deals must not ship every line to the app to total it.
 */
async function stageSums(tenantId: string, q: DealQuery): Promise<Map<DealStage, FrequencySums[]>> {
  const month = monthRange(q.closeMonth);
  const rows = await tenantTransaction(tenantId, (tx) =>
    tx.$queryRaw<{ stage: DealStage; frequency: FrequencySums["frequency"]; gross: string; committed: string }[]>(Prisma.sql`
      SELECT d.stage, l.frequency, sum(l.quantity * l."unitPrice")::text AS gross,
             sum(l.quantity * l."unitPrice" * l."commitmentMonths")::text AS committed
      FROM "ServiceLine" l JOIN "Deal" d ON d."tenantId" = l."tenantId" AND d.id = l."dealId"
      WHERE l."tenantId" = current_tenant_id()
        ${q.ownerId ? Prisma.sql`AND d."ownerId" = ${q.ownerId}::uuid` : Prisma.empty}
        ${q.stage ? Prisma.sql`AND d.stage = ${q.stage}::"DealStage"` : Prisma.empty}
        ${month ? Prisma.sql`AND d."targetCloseDate" >= ${month.from} AND d."targetCloseDate" < ${month.to}` : Prisma.empty}
      GROUP BY d.stage, l.frequency`),
  );
  const byStage = new Map<DealStage, FrequencySums[]>();
  for (const r of rows) byStage.set(r.stage, [...(byStage.get(r.stage) ?? []), r]);
  return byStage;
}

const rounded = (sums: readonly FrequencySums[]) => {
  const t = totalsOfSums(sums);
  return { mrr: roundMoney(t.mrr), oneOff: roundMoney(t.oneOff), contractValue: roundMoney(t.contractValue) };
};

const dealRow = {
  id: true,
  name: true,
  stage: true,
  targetCloseDate: true,
  currency: true,
  account: { select: { id: true, name: true } },
  owner: { select: { id: true, user: { select: { name: true } } } },
  lines: { select: lineMoneySelect },
} as const;

type DealRow = Prisma.DealGetPayload<{ select: typeof dealRow }>;
const present = ({ lines, owner, ...d }: DealRow) => ({ ...d, owner: owner ? { id: owner.id, name: owner.user.name } : null, lineCount: lines.length, ...totalsOf(lines) });

export async function listDeals(db: TenantDb, tenantId: string, q: ListDealsInput) {
  const where = dealFilter(q);
  const [rows, total, sums] = await Promise.all([
    db.deal.findMany({ where, orderBy: [{ targetCloseDate: "asc" }, { id: "asc" }], skip: (q.page - 1) * q.pageSize, take: q.pageSize, select: dealRow }),
    db.deal.count({ where }),
    stageSums(tenantId, q),
  ]);
  return { total, page: q.page, pageSize: q.pageSize, rows: rows.map(present), totals: rounded([...sums.values()].flat()) };
}

/** The pipeline board: per stage, its count, its totals, and its first cards. */
export async function dealBoard(db: TenantDb, tenantId: string, ownerId: string | null, perStage = 50) {
  const [counts, sums, ...cards] = await Promise.all([
    db.deal.groupBy({ by: ["stage"], where: dealFilter({ ownerId }), _count: { _all: true } }),
    stageSums(tenantId, { ownerId }),
    ...PIPELINE_STAGES.map((stage) =>
      db.deal.findMany({ where: dealFilter({ ownerId, stage }), orderBy: [{ targetCloseDate: "asc" }, { id: "asc" }], take: perStage, select: dealRow }),
    ),
  ]);
  const countOf = new Map(counts.map((c) => [c.stage, c._count._all]));
  return PIPELINE_STAGES.map((stage, i) => ({ stage, count: countOf.get(stage) ?? 0, ...rounded(sums.get(stage) ?? []), cards: (cards[i] ?? []).map(present) }));
}
