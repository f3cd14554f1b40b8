/**
 * The accounts list: one page, filtered, searched and sorted by the database in ONE query
 * whatever the number of accounts — the page's rows, each row's contact and deal counts, and
 * the total — since a list is the page every person opens first and each query is a round trip.
 * How the total is counted depends on the search: a text search reads every account anyway,
 * so a window count over what it found is free; without one, the page walks the name index and
 * stops after 25 rows, and the total is a separate count (a window would read all 10,000 rows).
 */
import { Prisma } from "@/generated/prisma/client";
import type { AccountStatus } from "@/generated/prisma/enums";
import type { TenantDb } from "@/server/db/tenant";
import type { ListAccountsInput } from "@/server/routers/crm/accounts.schema";

/** A LIKE pattern that finds `term` anywhere, its own % and _ taken literally. */
const containing = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function searchSql(search: string): Prisma.Sql {
  if (!search) return Prisma.empty;
  const like = containing(search);
  // Phones are stored in E.164: digits typed with spaces or a leading 0 still match.
  const digits = search.replace(/\D/g, "").replace(/^0+/, "");
  const phone = digits.length >= 4 ? Prisma.sql`OR c.phone LIKE ${containing(digits)} OR c.mobile LIKE ${containing(digits)}` : Prisma.empty;
  return Prisma.sql`AND (a.name ILIKE ${like} OR EXISTS (
    SELECT 1 FROM "Contact" c WHERE c."tenantId" = a."tenantId" AND c."accountId" = a.id
      AND (c."firstName" ILIKE ${like} OR c."lastName" ILIKE ${like} OR c.email ILIKE ${like} ${phone})))`;
}

const ORDER: Record<ListAccountsInput["sort"], Prisma.Sql> = {
  name: Prisma.sql`a.name`,
  createdAt: Prisma.sql`a."createdAt"`,
  status: Prisma.sql`a.status`,
};

type Row = {
  id: string;
  name: string;
  status: AccountStatus;
  createdAt: Date;
  ownerId: string | null;
  ownerName: string | null;
  contacts: number;
  deals: number;
  total: number;
};

/** The filter over `"Account" a`. The tenant as a value, not the setting: the planner can then use the tenant-first indexes. */
function accountFilter(tenantId: string, q: ListAccountsInput): Prisma.Sql {
  return Prisma.sql`a."tenantId" = ${tenantId}::uuid
    ${q.status ? Prisma.sql`AND a.status = ${q.status}::"AccountStatus"` : Prisma.empty}
    ${q.ownerId ? Prisma.sql`AND a."salesRepId" = ${q.ownerId}::uuid` : Prisma.empty}
    ${searchSql(q.search)}`;
}

/** The page's one statement (the bench also runs it bare, to weigh what the app adds). */
export function accountListSql(tenantId: string, q: ListAccountsInput): Prisma.Sql {
  const dir = q.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const where = accountFilter(tenantId, q);
  const searching = q.search !== "";
  const total = searching ? Prisma.sql`a.total` : Prisma.sql`(SELECT count(*)::int FROM "Account" a WHERE ${where})`;
  return Prisma.sql`
    SELECT a.id, a.name, a.status, a."createdAt", m.id AS "ownerId", u.name AS "ownerName",
           (SELECT count(*) FROM "Contact" c WHERE c."tenantId" = a."tenantId" AND c."accountId" = a.id)::int AS contacts,
           (SELECT count(*) FROM "Deal" d WHERE d."tenantId" = a."tenantId" AND d."accountId" = a.id)::int AS deals,
           ${total} AS total
    FROM (SELECT a.* ${searching ? Prisma.sql`, count(*) OVER ()::int AS total` : Prisma.empty} FROM "Account" a WHERE ${where}
          ORDER BY ${ORDER[q.sort]} ${dir}, a.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}) a
    LEFT JOIN "Membership" m ON m."tenantId" = a."tenantId" AND m.id = a."salesRepId"
    LEFT JOIN "User" u ON u.id = m."userId"
    ORDER BY ${ORDER[q.sort]} ${dir}, a.id`;
}

export async function listAccounts(db: TenantDb, q: ListAccountsInput) {
  const rows = await db.$queryRaw<Row[]>(accountListSql(db.tenantId, q));
  // Past the last page there is no row to carry the total.
  const count = rows[0]?.total ?? (q.page > 1 ? ((await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Account" a WHERE ${accountFilter(db.tenantId, q)}`)[0]?.n ?? 0) : 0);
  return {
    total: count,
    page: q.page,
    pageSize: q.pageSize,
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      status: r.status,
      createdAt: r.createdAt,
      owner: r.ownerId ? { id: r.ownerId, name: r.ownerName ?? "" } : null,
      contacts: r.contacts,
      deals: r.deals,
    })),
  };
}
