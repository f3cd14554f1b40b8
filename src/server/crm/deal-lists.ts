/**
 * The deals list and the pipeline board, each two queries whatever the number of deals: the
 * cards with their line sums (each stage's first cards for the board, a page for the list),
 * and per stage its count and line sums, added up by the database — a board
 * over thousands of deals must not ship every line to the app to total it.
 */
import { Prisma } from "@/generated/prisma/client";
import type { BillingFrequency, DealStage } from "@/generated/prisma/enums";
import { localDate, type IsoDate } from "@/server/calendar/business-days";
import type { TenantDb } from "@/server/db/tenant";
import type { ListDealsInput } from "@/server/routers/crm/deals.schema";
import { asDate } from "./deals";
import { roundMoney, totalsOfSums, type FrequencySums } from "./money";
import { isOpenStage, OPEN_STAGES, PIPELINE_STAGES } from "./stages";

type DealQuery = { ownerId: string | null; stage?: DealStage | null; closeMonth?: string | null; overdue?: boolean };

function monthRange(closeMonth: string | null | undefined) {
  if (!closeMonth) return null;
  const from = asDate(`${closeMonth}-01`);
  return { from, to: new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1)) };
}

const openStages = Prisma.join(OPEN_STAGES.map((s) => Prisma.sql`${s}::"DealStage"`));

/**
 * The filter over `"Deal" d`; `today` is the tenant's calendar date. The tenant as a value,
 * not the setting, so the planner can use the tenant-first indexes.
 */
function dealFilter(tenantId: string, q: DealQuery, today: IsoDate): Prisma.Sql {
  const month = monthRange(q.closeMonth);
  return Prisma.sql`d."tenantId" = ${tenantId}::uuid
    ${q.ownerId ? Prisma.sql`AND d."ownerId" = ${q.ownerId}::uuid` : Prisma.empty}
    ${q.stage ? Prisma.sql`AND d.stage = ${q.stage}::"DealStage"` : Prisma.empty}
    ${month ? Prisma.sql`AND d."targetCloseDate" >= ${month.from} AND d."targetCloseDate" < ${month.to}` : Prisma.empty}
    ${q.overdue ? Prisma.sql`AND d.stage IN (${openStages}) AND d."targetCloseDate" < ${today}::date` : Prisma.empty}`;
}

type StageSummary = { count: number; sums: FrequencySums[] };

/** Per stage: how many deals match, and their lines' sums per billing frequency (one statement). */
function stageSummarySql(tenantId: string, q: DealQuery, today: IsoDate): Prisma.Sql {
  const filter = dealFilter(tenantId, q, today);
  return Prisma.sql`
    SELECT d.stage, count(*)::int AS deals, NULL::"BillingFrequency" AS frequency, NULL AS gross, NULL AS committed
    FROM "Deal" d WHERE ${filter} GROUP BY d.stage
    UNION ALL
    SELECT d.stage, NULL, l.frequency, sum(l.quantity * l."unitPrice")::text, sum(l.quantity * l."unitPrice" * l."commitmentMonths")::text
    FROM "ServiceLine" l JOIN "Deal" d ON d."tenantId" = l."tenantId" AND d.id = l."dealId"
    WHERE ${filter} GROUP BY d.stage, l.frequency`;
}

async function stageSummaries(db: TenantDb, statement: Prisma.Sql): Promise<Map<DealStage, StageSummary>> {
  const rows = await db.$queryRaw<{ stage: DealStage; deals: number | null; frequency: BillingFrequency | null; gross: string | null; committed: string | null }[]>(statement);
  const byStage = new Map<DealStage, StageSummary>();
  for (const r of rows) {
    const summary = byStage.get(r.stage) ?? { count: 0, sums: [] };
    byStage.set(r.stage, summary);
    if (r.deals !== null) summary.count = r.deals;
    if (r.frequency && r.gross !== null && r.committed !== null) summary.sums.push({ frequency: r.frequency, gross: r.gross, committed: r.committed });
  }
  return byStage;
}

const rounded = (sums: readonly FrequencySums[]) => {
  const t = totalsOfSums(sums);
  return { mrr: roundMoney(t.mrr), oneOff: roundMoney(t.oneOff), contractValue: roundMoney(t.contractValue) };
};

type CardRow = {
  id: string;
  name: string;
  stage: DealStage;
  targetCloseDate: Date;
  currency: string;
  accountId: string;
  accountName: string;
  ownerId: string | null;
  ownerName: string | null;
  lineCount: number;
  sums: FrequencySums[] | null;
  closeDatePassed: boolean;
};

/** Deals picked by `picked` (a subquery over "Deal" d), as cards: account, owner, line totals. */
function cardsOf(picked: Prisma.Sql, today: IsoDate): Prisma.Sql {
  return Prisma.sql`
    SELECT c.id, c.name, c.stage, c."targetCloseDate", c.currency, c."accountId", a.name AS "accountName",
           c."ownerId", u.name AS "ownerName", ls."lineCount", ls.sums, c."targetCloseDate" < ${today}::date AS "closeDatePassed"
    FROM (${picked}) c
    JOIN "Account" a ON a."tenantId" = c."tenantId" AND a.id = c."accountId"
    LEFT JOIN "Membership" m ON m."tenantId" = c."tenantId" AND m.id = c."ownerId"
    LEFT JOIN "User" u ON u.id = m."userId"
    LEFT JOIN LATERAL (
      SELECT coalesce(sum(f.lines), 0)::int AS "lineCount",
             json_agg(json_build_object('frequency', f.frequency, 'gross', f.gross, 'committed', f.committed)) FILTER (WHERE f.frequency IS NOT NULL) AS sums
      FROM (
        SELECT l.frequency, count(*) AS lines, sum(l.quantity * l."unitPrice")::text AS gross,
               sum(l.quantity * l."unitPrice" * l."commitmentMonths")::text AS committed
        FROM "ServiceLine" l WHERE l."tenantId" = c."tenantId" AND l."dealId" = c.id GROUP BY l.frequency
      ) f
    ) ls ON true
    ORDER BY c."targetCloseDate", c.id`;
}

const present = (c: CardRow) => ({
  id: c.id,
  name: c.name,
  stage: c.stage,
  targetCloseDate: c.targetCloseDate,
  currency: c.currency,
  account: { id: c.accountId, name: c.accountName },
  owner: c.ownerId ? { id: c.ownerId, name: c.ownerName ?? "" } : null,
  lineCount: c.lineCount,
  closeDatePassed: c.closeDatePassed,
  ...rounded(c.sums ?? []),
});

const todayOf = (db: TenantDb, now: Date) => localDate(now, db.tenantRef.timezone);

/**
 * The list's page, and totals that say what they add up: the open pipeline and what was won,
 * never mixed, with lost deals counted but not summed.
 */
export async function listDeals(db: TenantDb, q: ListDealsInput, now = new Date()) {
  const today = todayOf(db, now);
  const picked = Prisma.sql`SELECT d.* FROM "Deal" d WHERE ${dealFilter(db.tenantId, q, today)}
    ORDER BY d."targetCloseDate", d.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;
  const [rows, stages] = await Promise.all([db.$queryRaw<CardRow[]>(cardsOf(picked, today)), stageSummaries(db, stageSummarySql(db.tenantId, q, today))]);
  const group = (keep: (s: DealStage) => boolean) => {
    const kept = [...stages].filter(([s]) => keep(s)).map(([, v]) => v);
    return { count: kept.reduce((n, v) => n + v.count, 0), ...rounded(kept.flatMap((v) => v.sums)) };
  };
  return {
    total: [...stages.values()].reduce((n, v) => n + v.count, 0),
    page: q.page,
    pageSize: q.pageSize,
    rows: rows.map(present),
    totals: { open: group(isOpenStage), won: group((s) => s === "WON"), lost: { count: stages.get("LOST")?.count ?? 0 } },
  };
}

/** The board's two statements: each stage's first cards, and every stage's count and sums (the bench also runs them bare). */
export function boardSql(tenantId: string, ownerId: string | null, perStage: number, today: IsoDate) {
  // Each stage's first cards walk the (tenant, stage, close date) index and stop at the limit.
  const stages = Prisma.join(PIPELINE_STAGES.map((st) => Prisma.sql`${st}::"DealStage"`));
  const picked = Prisma.sql`SELECT d.* FROM unnest(ARRAY[${stages}]) AS s(stage)
    CROSS JOIN LATERAL (SELECT d.* FROM "Deal" d WHERE ${dealFilter(tenantId, { ownerId }, today)} AND d.stage = s.stage
                        ORDER BY d."targetCloseDate", d.id LIMIT ${perStage}) d`;
  return { cards: cardsOf(picked, today), summaries: stageSummarySql(tenantId, { ownerId }, today) };
}

/** The pipeline board: per stage, its count, its totals, and its first cards. */
export async function dealBoard(db: TenantDb, ownerId: string | null, perStage = 50, now = new Date()) {
  const today = todayOf(db, now);
  const sql = boardSql(db.tenantId, ownerId, perStage, today);
  const [cards, summaries] = await Promise.all([db.$queryRaw<CardRow[]>(sql.cards), stageSummaries(db, sql.summaries)]);
  return PIPELINE_STAGES.map((stage) => ({
    stage,
    count: summaries.get(stage)?.count ?? 0,
    ...rounded(summaries.get(stage)?.sums ?? []),
    cards: cards.filter((c) => c.stage === stage).map(present),
  }));
}
