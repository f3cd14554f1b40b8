/** Tests and the bench create throwaway databases; they refuse anything but a local server. */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";

export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to use a non-local database server (${host}) for tests.`);
  }
}

export function databaseUrl(name: string): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A connection as the admin role, or an error saying in one sentence what to start. */
async function admin(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await client.connect();
  } catch (e) {
    const { hostname, port } = new URL(ADMIN_URL);
    const reason = e instanceof Error ? e.message : String(e);
    throw new Error(`PostgreSQL is not reachable at ${hostname}:${port || 5432} (${reason}): start it with \`bash scripts/system-deps.sh\`, or set TEST_DATABASE_ADMIN_URL to a local server.`);
  }
  return client;
}

/** Creates an empty database, applies the migrations to it, and returns its URL. */
export async function createMigratedDatabase(prefix: string): Promise<{ name: string; url: string }> {
  assertLocal(ADMIN_URL);
  const name = `${prefix}_${randomBytes(5).toString("hex")}`;
  const client = await admin();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = databaseUrl(name);
  const r = spawnSync("npm", ["run", "--silent", "db:deploy"], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  if (r.status !== 0) {
    await dropDatabase(name);
    throw new Error(`Migrations failed on ${name}:\n${r.stdout}\n${r.stderr}`);
  }
  return { name, url };
}

export async function dropDatabase(name: string): Promise<void> {
  const client = await admin();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}
