/**
 * The two connection pools of the running app, created lazily (one per process; kept on
 * globalThis so Next's dev reloads do not open new pools each time).
 *  - app: role `app`, subject to row-level security. Only reachable through `withTenant` (tenant.ts).
 *  - system: role `app_system` (BYPASSRLS) for the few reads and writes that precede or span
 *    tenants: resolving a tenant from a URL or an email domain, sign-up, sign-in tokens, the
 *    outbox relay. Its importers are limited by the lint rule `no-restricted-imports`.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";
import { beginWithNextPool } from "./begin-with-next";

export type Db = PrismaClient;

export function createDb(connectionString: string, max = 10): Db {
  return new PrismaClient({ adapter: new PrismaPg(beginWithNextPool({ connectionString, max }), { disposeExternalPool: true }) });
}

const g = globalThis as unknown as { __sbAppDb?: Db; __sbSystemDb?: Db };

export function appDb(): Db {
  g.__sbAppDb ??= createDb(env().APP_DATABASE_URL);
  return g.__sbAppDb;
}

export function systemDb(): Db {
  g.__sbSystemDb ??= createDb(env().SYSTEM_DATABASE_URL, 5);
  return g.__sbSystemDb;
}

export async function disconnectDbs(): Promise<void> {
  await Promise.all([g.__sbAppDb?.$disconnect(), g.__sbSystemDb?.$disconnect()]);
  g.__sbAppDb = undefined;
  g.__sbSystemDb = undefined;
}
