/** `npm run seed`: the demo tenants and people, into the database of DATABASE_URL. Re-runnable. */
import "../../src/load-env";
import { env } from "../../src/env";
import { createDb } from "../../src/server/db/clients";
import { keyFromBase64 } from "../../src/server/identity/secret-box";
import { DEMO_TENANTS } from "./demo";
import { demoLogins } from "./demo-logins";
import { seedDemo } from "./demo-seed";

const db = createDb(env().DATABASE_URL);
await seedDemo(db, keyFromBase64(env().ENCRYPTION_KEY));
await db.$disconnect();
console.log(["Seeded the demo:", ...demoLogins(DEMO_TENANTS)].join("\n"));
