/**
 * The second wall: PostgreSQL row-level security. Every table with a tenantId column has a
 * forced policy, the app role sees nothing without the tenant setting, and the tenant-scoped
 * client sees and writes only its own tenant.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/env";
import { createDb, type Db } from "@/server/db/clients";
import { forTenant, TENANT_MODELS, tenantTransaction } from "@/server/db/tenant";
import { makeTenant, ownerDb } from "../support/fixtures";

let app: Db;
let a: Awaited<ReturnType<typeof makeTenant>>;
let b: Awaited<ReturnType<typeof makeTenant>>;

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

describe("the tenant-scoped client", () => {
  it("sees only its tenant's rows", async () => {
    const members = await forTenant(a.tenant.id, app).membership.findMany({ select: { tenantId: true } });
    expect(members.length).toBe(2);
    expect(new Set(members.map((m) => m.tenantId))).toEqual(new Set([a.tenant.id]));
    expect(await forTenant(a.tenant.id, app).tenant.findMany({ select: { slug: true } })).toEqual([{ slug: a.slug }]);
  });

  it("finds nothing by another tenant's key, and changes nothing there", async () => {
    const scoped = forTenant(a.tenant.id, app);
    const key = { tenantId_id: { tenantId: b.tenant.id, id: b.tech.membership.id } };
    expect(await scoped.membership.findUnique({ where: key })).toBeNull();
    const updated = await scoped.membership.updateMany({ where: { id: b.tech.membership.id }, data: { roles: ["ADMIN"] } });
    expect(updated.count).toBe(0);
    const after = await ownerDb().membership.findUniqueOrThrow({ where: key });
    expect(after.roles).toEqual(["TECHNICIAN"]);
  });

  it("cannot insert a row for another tenant, even in raw SQL (WITH CHECK)", async () => {
    await expect(
      tenantTransaction(a.tenant.id, (tx) => tx.$executeRaw`INSERT INTO "Activity" ("tenantId", id, action, "entityType", "entityId") VALUES (${b.tenant.id}::uuid, gen_random_uuid(), 'x', 'x', 'x')`, undefined, app),
    ).rejects.toThrow(/row-level security/);
  });

  it("stamps its tenant on what it creates, whatever tenantId the caller passed", async () => {
    const row = await forTenant(a.tenant.id, app).activity.create({
      data: { tenantId: b.tenant.id, action: "test.stamp", entityType: "Test", entityId: "1" },
    });
    expect(row.tenantId).toBe(a.tenant.id);
  });

  it("tenantTransaction is all or nothing", async () => {
    await expect(
      tenantTransaction(
        a.tenant.id,
        async (tx) => {
          await tx.activity.create({ data: { tenantId: a.tenant.id, action: "test.rollback", entityType: "Test", entityId: "2" } });
          throw new Error("boom");
        },
        undefined,
        app,
      ),
    ).rejects.toThrow("boom");
    expect(await ownerDb().activity.count({ where: { action: "test.rollback" } })).toBe(0);
  });

  it("leaves no tenant setting behind on pooled connections", async () => {
    await forTenant(a.tenant.id, app).membership.count();
    const rows = await app.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Membership"`;
    expect(rows[0]?.n).toBe(0n);
  });
});
