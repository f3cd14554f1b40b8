/** `npm run seed`: the demo tenants and people, into the database of DATABASE_URL. Re-runnable. */
import "../../src/load-env";
import { env } from "../../src/env";
import { createDb } from "../../src/server/db/clients";
import { keyFromBase64 } from "../../src/server/identity/secret-box";
import { DEMO_TENANTS } from "./demo";
import { seedDemo } from "./demo-seed";

const db = createDb(env().DATABASE_URL);
await seedDemo(db, keyFromBase64(env().ENCRYPTION_KEY));
await db.$disconnect();
console.log("Seeded the demo:");
for (const t of DEMO_TENANTS) {
  console.log(`  ${t.name} — /t/${t.slug} (${t.locale}, SSO for @${t.domain})`);
  for (const p of t.people) console.log(`    ${p.email.padEnd(30)} ${p.name.padEnd(20)} ${p.roles.join(", ")}`);
}
