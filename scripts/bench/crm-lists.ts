/**
 * Bench: the account list and the pipeline board for a tenant with 10,000 accounts and
 * 5,000 deals, through the app's tenant-scoped client, against the bare SQL that returns the
 * same rows.
 */
import { randomUUID } from "node:crypto";
import type { Prisma } from "../../src/generated/prisma/client";
import type { Db } from "../../src/server/db/clients";
import { withTenant, type TenantDb } from "../../src/server/db/tenant";
import { TENANT_REF_SELECT, toTenantRef } from "../../src/server/db/tenant-context";
import { accountListSql, listAccounts } from "../../src/server/crm/account-list";
import { boardSql, dealBoard } from "../../src/server/crm/deal-lists";
import { localDate } from "../../src/server/calendar/business-days";
import { seedMember, seedTenant } from "../../prisma/seed/factories";
import type { BenchDatabase } from "./harness";
import { timeInterleaved, type Timing } from "./stats";

const STAGES = ["NEW", "QUALIFIED", "PROPOSAL_SENT", "NEGOTIATION", "WON", "LOST"] as const;
/**
 * `sql`: hand-written SQL returning the same rows, its two statements at once on two
 * connections. `sameSql`: the very statements the app sends, bare (as the owner, no RLS, no
 * Prisma, no transaction) and one after the other on one connection, as a unit of work must:
 * what is left between it and `app` is the cost of the app's layers alone.
 */
export type CrmListsResult = Record<
  "accountList" | "accountSearch" | "board",
  { app: Timing; sql: Timing; sameSql: Timing; ratioP50: number; ratioP95: number; ratioSameP50: number; ratioSameP95: number }
> & {
  accounts: number;
  deals: number;
};

async function seed(owner: Db, tenantId: string, accounts: number, deals: number) {
  const reps = await Promise.all(Array.from({ length: 10 }, (_, i) => seedMember(owner, tenantId, { email: `rep${i}@bench.test`, name: `Rep ${i}`, roles: ["SALES"] })));
  const type = await owner.serviceType.create({ data: { tenantId, name: "3CX", requiresInstallation: true, defaultUnitPrice: "8.50", currency: "EUR", defaultFrequency: "MONTHLY" } });
  const accountIds = Array.from({ length: accounts }, () => randomUUID());
  for (let i = 0; i < accounts; i += 2000) {
    await owner.account.createMany({
      data: accountIds.slice(i, i + 2000).map((id, k) => ({ tenantId, id, name: `Customer ${String(i + k).padStart(5, "0")} ${["SARL", "SAS", "Ltd", "GmbH"][k % 4]}`, salesRepId: reps[k % 10]!.membership.id })),
    });
    await owner.contact.createMany({
      data: accountIds.slice(i, i + 2000).map((accountId, k) => ({ tenantId, accountId, firstName: "Jo", lastName: `Contact${i + k}`, email: `jo${i + k}@c.test`, phone: `+3361234${String(i + k).padStart(4, "0")}`, roles: ["TECHNICAL"] })),
    });
  }
  const dealIds = Array.from({ length: deals }, () => randomUUID());
  await owner.deal.createMany({
    data: dealIds.map((id, k) => ({ tenantId, id, accountId: accountIds[k * 2]!, name: `Deal ${k}`, stage: STAGES[k % 6]!, ownerId: reps[k % 10]!.membership.id, targetCloseDate: new Date(Date.UTC(2026, k % 12, 1 + (k % 28))), currency: "EUR" })),
  });
  await owner.serviceLine.createMany({
    data: dealIds.flatMap((dealId) => [
      { tenantId, dealId, serviceTypeId: type.id, quantity: 10, unitPrice: "8.50", frequency: "MONTHLY" as const, commitmentMonths: 36 },
      { tenantId, dealId, serviceTypeId: type.id, quantity: 1, unitPrice: "250.00", frequency: "ONE_OFF" as const, commitmentMonths: 0 },
    ]),
  });
}

const ACCOUNT_SQL = `
  SELECT a.id, a.name, a.status, a."createdAt", m.id AS "ownerId", u.name AS "ownerName",
         (SELECT count(*) FROM "Contact" c WHERE c."tenantId" = a."tenantId" AND c."accountId" = a.id) AS contacts,
         (SELECT count(*) FROM "Deal" d WHERE d."tenantId" = a."tenantId" AND d."accountId" = a.id) AS deals
  FROM "Account" a
  LEFT JOIN "Membership" m ON m."tenantId" = a."tenantId" AND m.id = a."salesRepId"
  LEFT JOIN "User" u ON u.id = m."userId"
  WHERE a."tenantId" = $1 AND ($2 = '' OR a.name ILIKE '%' || $2 || '%' OR EXISTS (
    SELECT 1 FROM "Contact" c WHERE c."tenantId" = a."tenantId" AND c."accountId" = a.id
      AND (c."firstName" ILIKE '%' || $2 || '%' OR c."lastName" ILIKE '%' || $2 || '%' OR c.email ILIKE '%' || $2 || '%')))
  ORDER BY a.name, a.id LIMIT 25`;
const ACCOUNT_COUNT_SQL = `SELECT count(*) FROM "Account" a WHERE a."tenantId" = $1 AND ($2 = '' OR a.name ILIKE '%' || $2 || '%' OR EXISTS (
    SELECT 1 FROM "Contact" c WHERE c."tenantId" = a."tenantId" AND c."accountId" = a.id
      AND (c."firstName" ILIKE '%' || $2 || '%' OR c."lastName" ILIKE '%' || $2 || '%' OR c.email ILIKE '%' || $2 || '%')))`;
const BOARD_CARDS_SQL = `
  SELECT * FROM (
    SELECT d.id, d.name, d.stage, d."targetCloseDate", d.currency, a.id AS "accountId", a.name AS "accountName", u.name AS "ownerName",
           row_number() OVER (PARTITION BY d.stage ORDER BY d."targetCloseDate", d.id) AS n
    FROM "Deal" d JOIN "Account" a ON a."tenantId" = d."tenantId" AND a.id = d."accountId"
    LEFT JOIN "Membership" m ON m."tenantId" = d."tenantId" AND m.id = d."ownerId" LEFT JOIN "User" u ON u.id = m."userId"
    WHERE d."tenantId" = $1) x WHERE n <= 50`;
const BOARD_TOTALS_SQL = `
  SELECT d.stage, count(DISTINCT d.id) AS deals,
         sum(CASE l.frequency WHEN 'MONTHLY' THEN l.quantity * l."unitPrice" WHEN 'ANNUAL' THEN l.quantity * l."unitPrice" / 12 ELSE 0 END) AS mrr,
         sum(CASE l.frequency WHEN 'ONE_OFF' THEN l.quantity * l."unitPrice" ELSE 0 END) AS "oneOff"
  FROM "Deal" d LEFT JOIN "ServiceLine" l ON l."tenantId" = d."tenantId" AND l."dealId" = d.id
  WHERE d."tenantId" = $1 GROUP BY d.stage`;

export async function benchCrmLists(bench: BenchDatabase, n: number, accounts = 10_000, deals = 5_000): Promise<CrmListsResult> {
  const owner = bench.prisma(bench.url);
  const tenant = await seedTenant(owner, { slug: "bench-crm", name: "Bench CRM" });
  await seed(owner, tenant.id, accounts, deals);
  await owner.$executeRawUnsafe("ANALYZE");
  // What a request has in hand when its procedure starts: the tenant row, read at sign-in.
  const tenantRef = toTenantRef(await owner.tenant.findUniqueOrThrow({ where: { id: tenant.id }, select: TENANT_REF_SELECT }));
  await owner.$disconnect();

  const app = bench.prisma(bench.as("app"));
  /** One request's unit of work, as tenantProcedure runs it. */
  const request = <T,>(fn: (db: TenantDb) => Promise<T>) => withTenant(tenantRef, fn, { base: app });
  const pool = bench.pool(bench.url);
  const listInput = { search: "", status: null, ownerId: null, sort: "name" as const, dir: "asc" as const, page: 1, pageSize: 25 };
  const one = bench.pool(bench.url, 1);
  const bare = (...statements: Prisma.Sql[]) => () => Promise.all(statements.map((st) => one.query(st.text, st.values)));
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const measure = async (appFn: () => Promise<unknown>, sqlFn: () => Promise<unknown>, sameFn: () => Promise<unknown>, runs: number) => {
    const t = await timeInterleaved({ app: appFn, sql: sqlFn, same: sameFn }, runs, 10);
    return {
      app: t.app,
      sql: t.sql,
      sameSql: t.same,
      ratioP50: r2(t.app.p50 / t.sql.p50),
      ratioP95: r2(t.app.p95 / t.sql.p95),
      ratioSameP50: r2(t.app.p50 / t.same.p50),
      ratioSameP95: r2(t.app.p95 / t.same.p95),
    };
  };
  const searched = { ...listInput, search: "contact123" };
  const accountList = await measure(
    () => request((db) => listAccounts(db, listInput)),
    () => Promise.all([pool.query(ACCOUNT_SQL, [tenant.id, ""]), pool.query(ACCOUNT_COUNT_SQL, [tenant.id, ""])]),
    bare(accountListSql(tenant.id, listInput)),
    n,
  );
  const accountSearch = await measure(
    () => request((db) => listAccounts(db, searched)),
    () => Promise.all([pool.query(ACCOUNT_SQL, [tenant.id, "contact123"]), pool.query(ACCOUNT_COUNT_SQL, [tenant.id, "contact123"])]),
    bare(accountListSql(tenant.id, searched)),
    Math.max(20, Math.floor(n / 10)),
  );
  const board = boardSql(tenant.id, null, 50, localDate(new Date(), tenantRef.timezone));
  const boardTimes = await measure(
    () => request((db) => dealBoard(db, null)),
    () => Promise.all([pool.query(BOARD_CARDS_SQL, [tenant.id]), pool.query(BOARD_TOTALS_SQL, [tenant.id])]),
    bare(board.cards, board.summaries),
    Math.max(20, Math.floor(n / 10)),
  );
  return { accountList, accountSearch, board: boardTimes, accounts, deals };
}
