/** Seeds the demo world of demo.ts into a database (dev `npm run seed`, e2e set-up). */
import type { Db } from "../../src/server/db/clients";
import { DEMO_TENANTS, DEV_IDP_ISSUER } from "./demo";
import { provisionTenant } from "../../src/server/identity/provision-tenant";
import { seedCrmDemo } from "./crm-demo";
import { seedDeploymentsDemo } from "./deployments-demo";
import { seedMember, seedSso, seedTenant } from "./factories";

export async function seedDemo(db: Db, encryptionKey: Buffer) {
  for (const t of DEMO_TENANTS) {
    const tenant = await seedTenant(db, t);
    await provisionTenant(db, tenant);
    for (const p of t.people) await seedMember(db, tenant.id, p);
    await seedSso(db, tenant.id, { issuer: DEV_IDP_ISSUER, ...t.sso, domains: [t.domain] }, encryptionKey);
    await seedCrmDemo(db, { id: tenant.id, locale: t.locale, country: t.country });
    await seedDeploymentsDemo(db, { id: tenant.id, locale: t.locale });
  }
}
