/**
 * The deals list and the pipeline board, each a fixed number of queries whatever the number of
 * deals: rows and counts in one query (window functions), line sums added up by the database
 * (a board over thousands of deals must not ship every line to the app to total it).
 */
import { Prisma } from "@/generated/prisma/client";
import type { DealStage } from "@/generated/prisma/enums";
import type { TenantDb } from "@/server/db/tenant";
import type { ListDealsInput } from "@/server/routers/crm/deals.schema";
import { asDate } from "./deals";
import { lineMoneySelect, totalsOf } from "./line-money";
import { roundMoney, totalsOfSums, type FrequencySums } from "./money";
import { PIPELINE_STAGES } from "./stages";

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

/** The same filter for raw SQL over `"Deal" d`. */
function dealFilterSql(q: DealQuery): Prisma.Sql {
  const month = monthRange(q.closeMonth);
  return Prisma.sql`d."tenantId" = current_tenant_id()
    ${q.ownerId ? Prisma.sql`AND d."ownerId" = ${q.ownerId}::uuid` : Prisma.empty}
    ${q.stage ? Prisma.sql`AND d.stage = ${q.stage}::"DealStage"` : Prisma.empty}
    ${month ? Prisma.sql`AND d."targetCloseDate" >= ${month.from} AND d."targetCloseDate" < ${month.to}` : Prisma.empty}`;
}

/** Line sums per stage and frequency. */
async function stageSums(db: TenantDb, q: DealQuery): Promise<Map<DealStage, FrequencySums[]>> {
  const rows = await db.$queryRaw<(FrequencySums & { stage: DealStage })[]>(Prisma.sql`
    SELECT d.stage, l.frequency, sum(l.quantity * l."unitPrice")::text AS gross,
           sum(l.quantity * l."unitPrice" * l."commitmentMonths")::text AS committed
    FROM "ServiceLine" l JOIN "Deal" d ON d."tenantId" = l."tenantId" AND d.id = l."dealId"
    WHERE ${dealFilterSql(q)}
    GROUP BY d.stage, l.frequency`);
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

export async function listDeals(db: TenantDb, q: ListDealsInput) {
  const where = dealFilter(q);
  const [rows, total, sums] = await Promise.all([
    db.deal.findMany({ where, orderBy: [{ targetCloseDate: "asc" }, { id: "asc" }], skip: (q.page - 1) * q.pageSize, take: q.pageSize, select: dealRow }),
    db.deal.count({ where }),
    stageSums(db, q),
  ]);
  return { total, page: q.page, pageSize: q.pageSize, rows: rows.map(present), totals: rounded([...sums.values()].flat()) };
}

type BoardCardRow = {
  id: string;
  name: string;
  stage: DealStage;
  targetCloseDate: Date;
  currency: string;
  accountId: string;
  accountName: string;
  ownerId: string | null;
  ownerName: string | null;
  stageCount: number;
  lineCount: number;
  sums: FrequencySums[] | null;
};

/**
 * The pipeline board: per stage, its count, its totals, and its first cards. The cards of every
 * stage come from one query (numbered per stage by a window function), with each card's line
 * sums and each stage's count alongside.
 */
export async function dealBoard(db: TenantDb, ownerId: string | null, perStage = 50) {
  const [cards, sums] = await Promise.all([
    db.$queryRaw<BoardCardRow[]>(Prisma.sql`
      SELECT c.id, c.name, c.stage, c."targetCloseDate", c.currency, c."accountId", a.name AS "accountName",
             c."ownerId", u.name AS "ownerName", c."stageCount", ls."lineCount", ls.sums
      FROM (
        SELECT d.id, d.name, d.stage, d."targetCloseDate", d.currency, d."accountId", d."ownerId", d."tenantId",
               count(*) OVER (PARTITION BY d.stage)::int AS "stageCount",
               row_number() OVER (PARTITION BY d.stage ORDER BY d."targetCloseDate", d.id) AS n
        FROM "Deal" d WHERE ${dealFilterSql({ ownerId })}
      ) c
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
      WHERE c.n <= ${perStage}
      ORDER BY c.stage, c."targetCloseDate", c.id`),
    stageSums(db, { ownerId }),
  ]);
  return PIPELINE_STAGES.map((stage) => {
    const own = cards.filter((c) => c.stage === stage);
    return {
      stage,
      count: own[0]?.stageCount ?? 0,
      ...rounded(sums.get(stage) ?? []),
      cards: own.map((c) => ({
        id: c.id,
        name: c.name,
        stage: c.stage,
        targetCloseDate: c.targetCloseDate,
        currency: c.currency,
        account: { id: c.accountId, name: c.accountName },
        owner: c.ownerId && c.ownerName !== null ? { id: c.ownerId, name: c.ownerName } : null,
        lineCount: c.lineCount,
        ...rounded(c.sums ?? []),
      })),
    };
  });
}
