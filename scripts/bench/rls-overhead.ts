/**
 * Bench: what a tenant's unit of work (filter injection + one transaction that sets
 * app.tenant_id for RLS) costs over a plain query returning the same rows, for a request
 * that runs a single query — the worst case, where the transaction's cost is not shared.
 */
import { withTenant } from "../../src/server/db/tenant";
import { TENANT_REF_SELECT, toTenantRef } from "../../src/server/db/tenant-context";
import { seedMember, seedTenant } from "../../prisma/seed/factories";
import type { BenchDatabase } from "./harness";
import { timeInterleaved, type Timing } from "./stats";

export type RlsResult = { plain: Timing; scoped: Timing; ratioP50: number; ratioP95: number; rows: number };

export async function benchRlsOverhead(db: BenchDatabase, n: number): Promise<RlsResult> {
  const owner = db.prisma(db.url);
  const tenants = [];
  for (let t = 0; t < 20; t++) {
    const tenant = await seedTenant(owner, { slug: `bench-${t}`, name: `Bench ${t}` });
    await Promise.all(Array.from({ length: 60 }, (_, i) => seedMember(owner, tenant.id, { email: `p${i}@bench-${t}.test`, name: `Person ${i}`, roles: ["TECHNICIAN"] })));
    tenants.push(tenant);
  }
  const target = tenants[7]!.id;
  const tenantRef = toTenantRef(await owner.tenant.findUniqueOrThrow({ where: { id: target }, select: TENANT_REF_SELECT }));
  await owner.$disconnect();
  const plainDb = db.prisma(db.as("app_system"));
  const appDb = db.prisma(db.as("app"));
  const query = { select: { id: true, roles: true, userId: true, createdAt: true }, orderBy: { createdAt: "asc" as const }, take: 50 };

  const rows = (await plainDb.membership.findMany({ where: { tenantId: target }, ...query })).length;
  const scopedQuery = () => withTenant(tenantRef, (db) => db.membership.findMany(query), { base: appDb });
  const scopedRows = (await scopedQuery()).length;
  if (rows !== 50 || scopedRows !== rows) throw new Error(`bench queries disagree: plain ${rows} rows, scoped ${scopedRows}`);

  const { plain, scoped } = await timeInterleaved({ plain: () => plainDb.membership.findMany({ where: { tenantId: target }, ...query }), scoped: scopedQuery }, n);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { plain, scoped, ratioP50: r(scoped.p50 / plain.p50), ratioP95: r(scoped.p95 / plain.p95), rows };
}
