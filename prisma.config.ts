/* eslint-disable @typescript-eslint/no-explicit-any -- patches untyped internals of pg/adapter-pg */
/**
 * Prisma CLI configuration. THE ONE PLACE that works around this machine's offline reality
 * (../shared/STACK.md, "Prisma 6.19.3 wasm migrate"): Prisma's native schema engine cannot be
 * downloaded, so migrations run through the wasm engine (`engine: "js"`) over a pg driver
 * adapter, which needs four fixes:
 *  1. adapter-pg cannot map the "char"/name OIDs the wasm engine's introspection returns
 *     (prisma/orm#27403) → remap them to text.
 *  2. a connectionString would override the shadow database's name → pass discrete fields.
 *  3. the stock connectToShadowDb() drops the shadow DB while its pool is still connected.
 *  4. adapter-pg splits a migration on every `;`, breaking DO blocks and functions (our RLS
 *     migrations) → send each migration file as one simple query.
 * scripts/prisma-unref-timers.cjs (preloaded by the db:* scripts) belongs to this workaround.
 */
import nextEnv from "@next/env";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// Prisma skips .env when a config file exists; read it the way Next and the worker do.
nextEnv.loadEnvConfig(process.cwd());
// `generate` never connects, but Prisma 6 looks for a query engine download when the url is unset.
if (process.argv.includes("generate")) process.env.DATABASE_URL ??= "postgresql://unused@localhost/unused";

const originalQuery = pg.Pool.prototype.query as any;
(pg.Pool.prototype as any).query = function (...args: any[]) {
  const result = originalQuery.apply(this, args);
  const oids: Record<number, number> = { 18: 25, 19: 25, 1002: 1009, 1003: 1009 };
  return result?.then
    ? result.then((res: any) => {
        for (const f of res?.fields ?? []) f.dataTypeID = oids[f.dataTypeID] ?? f.dataTypeID;
        return res;
      })
    : result;
};

function poolConfig(database?: string): pg.PoolConfig {
  const url = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/switchboard");
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password) || undefined,
    database: database ?? url.pathname.slice(1),
    allowExitOnIdle: true,
  };
}

function wholeScript<T>(adapter: T): T {
  const a = adapter as any;
  a.executeScript = async (script: string) => {
    try {
      await a.client.query(script);
    } catch (e) {
      a.onError(e);
    }
  };
  return adapter;
}

class OfflineMigrationAdapter extends PrismaPg {
  constructor() {
    super(poolConfig());
  }
  override async connect() {
    return wholeScript(await super.connect());
  }
  override async connectToShadowDb() {
    const admin = new pg.Pool(poolConfig());
    const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const adapter = wholeScript(await new PrismaPg(poolConfig(name)).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
    return adapter;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => new OfflineMigrationAdapter(),
});
