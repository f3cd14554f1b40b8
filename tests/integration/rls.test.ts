/**
 * The second wall: PostgreSQL row-level security. Every table with a tenantId column has a
 * forced policy, the app role sees nothing without the tenant setting, and the tenant-scoped
 * client sees and writes only its own tenant.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/env";
import { createDb, type Db } from "@/server/db/clients";
import { TENANT_MODELS, withTenant, type TenantDb } from "@/server/db/tenant";
import { makeTenant, ownerDb } from "../support/fixtures";

let app: Db;
let a: Awaited<ReturnType<typeof makeTenant>>;
let b: Awaited<ReturnType<typeof makeTenant>>;
/** A unit of work in tenant A on the app role's pool. */
const inA = <T,>(fn: (db: TenantDb) => Promise<T>) => withTenant(a.tenant.id, fn, { base: app });

beforeAll(async () => {
  app = createDb(env().APP_DATABASE_URL, 2);
  a = await makeTenant("rls-a");
  b = await makeTenant("rls-b");
});
afterAll(() => app.$disconnect());

describe("policies", () => {
  it("cover every table that has a tenantId column, and the Tenant table", async () => {
    const tables = await ownerDb().$queryRaw<{ table: string; rls: boolean; forced: boolean; policies: bigint }[]>`
      SELECT c.relname::text AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
             (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'
        AND (c.relname = 'Tenant' OR EXISTS (SELECT 1 FROM information_schema.columns col
             WHERE col.table_schema = 'public' AND col.table_name = c.relname AND col.column_name = 'tenantId'))
      ORDER BY 1`;
    expect(tables.map((t) => t.table).sort()).toEqual(Object.keys(TENANT_MODELS).sort());
    for (const t of tables) expect({ table: t.table, rls: t.rls, forced: t.forced, policies: Number(t.policies) }).toEqual({ table: t.table, rls: true, forced: true, policies: 1 });
  });

  it("read the tenant setting once per query (an InitPlan), not once per row", async () => {
    const policies = await ownerDb().$queryRaw<{ table: string; qual: string; check: string }[]>`
      SELECT tablename::text AS table, qual, with_check AS check FROM pg_policies WHERE schemaname = 'public' AND policyname = 'tenant_isolation'`;
    expect(policies.length).toBe(Object.keys(TENANT_MODELS).length);
    for (const p of policies) expect({ table: p.table, qual: p.qual, check: p.check }).toEqual({ table: p.table, qual: expect.stringContaining("( SELECT current_tenant_id()"), check: expect.stringContaining("( SELECT current_tenant_id()") });
  });

  it("the app role does not own the tables and cannot bypass RLS", async () => {
    const [role] = await ownerDb().$queryRaw<{ bypass: boolean; owns: bigint }[]>`
      SELECT r.rolbypassrls AS bypass, (SELECT count(*) FROM pg_tables WHERE tableowner = 'app') AS owns FROM pg_roles r WHERE r.rolname = 'app'`;
    expect(role).toEqual({ bypass: false, owns: 0n });
  });
});

describe("the app role without a tenant setting", () => {
  it.each(Object.keys(TENANT_MODELS))("reads no rows of %s", async (table) => {
    const rows = await app.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}"`);
    expect(rows[0]?.n).toBe(0n);
  });
});

describe("a unit of work for one tenant", () => {
  it("sees only its tenant's rows", async () => {
    const members = await inA((db) => db.membership.findMany({ select: { tenantId: true } }));
    expect(members.length).toBe(2);
    expect(new Set(members.map((m) => m.tenantId))).toEqual(new Set([a.tenant.id]));
    expect(await inA((db) => db.tenant.findMany({ select: { slug: true } }))).toEqual([{ slug: a.slug }]);
  });

  it("knows its tenant, read in the same transaction when only the id is given", async () => {
    const seen = await inA(async (db) => ({ id: db.tenantId, slug: db.tenantRef.slug, raw: await db.$queryRaw<{ t: string }[]>`SELECT current_setting('app.tenant_id') AS t` }));
    expect(seen).toEqual({ id: a.tenant.id, slug: a.slug, raw: [{ t: a.tenant.id }] });
  });

  it("finds nothing by another tenant's key, and changes nothing there", async () => {
    const key = { tenantId_id: { tenantId: b.tenant.id, id: b.tech.membership.id } };
    expect(await inA((db) => db.membership.findUnique({ where: key }))).toBeNull();
    const updated = await inA((db) => db.membership.updateMany({ where: { id: b.tech.membership.id }, data: { roles: ["ADMIN"] } }));
    expect(updated.count).toBe(0);
    const after = await ownerDb().membership.findUniqueOrThrow({ where: key });
    expect(after.roles).toEqual(["TECHNICIAN"]);
  });

  it("cannot insert a row for another tenant, even in raw SQL (WITH CHECK)", async () => {
    await expect(
      inA((db) => db.$executeRaw`INSERT INTO "Activity" ("tenantId", id, action, "entityType", "entityId") VALUES (${b.tenant.id}::uuid, gen_random_uuid(), 'x', 'x', 'x')`),
    ).rejects.toThrow(/row-level security/);
  });

  it("stamps its tenant on what it creates, whatever tenantId the caller passed", async () => {
    const row = await inA((db) => db.activity.create({ data: { tenantId: b.tenant.id, action: "test.stamp", entityType: "Test", entityId: "1" } }));
    expect(row.tenantId).toBe(a.tenant.id);
  });

  it("is all or nothing, and runs its after-commit work only when it commits", async () => {
    const ran: string[] = [];
    await expect(
      inA(async (db) => {
        await db.activity.create({ data: { tenantId: a.tenant.id, action: "test.rollback", entityType: "Test", entityId: "2" } });
        db.afterCommit(async () => void ran.push("rolled back"));
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await ownerDb().activity.count({ where: { action: "test.rollback" } })).toBe(0);
    await inA(async (db) => {
      await db.activity.create({ data: { tenantId: a.tenant.id, action: "test.commit", entityType: "Test", entityId: "3" } });
      db.afterCommit(async () => void ran.push(`committed: ${await ownerDb().activity.count({ where: { action: "test.commit" } })}`));
    });
    expect(ran).toEqual(["committed: 1"]);
  });

  it("runs its queries on one connection: concurrent reads inside see the writes before them", async () => {
    const [, count] = await inA(async (db) => {
      await db.activity.create({ data: { tenantId: a.tenant.id, action: "test.same-tx", entityType: "Test", entityId: "4" } });
      return Promise.all([db.membership.count(), db.activity.count({ where: { action: "test.same-tx" } })]);
    });
    expect(count).toBe(1);
  });

  it("leaves no tenant setting behind on pooled connections", async () => {
    await inA((db) => db.membership.count());
    const rows = await app.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Membership"`;
    expect(rows[0]?.n).toBe(0n);
  });
});
