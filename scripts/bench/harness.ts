/**
 * The bench's throwaway world: a migrated local database, and every client a bench step
 * opens on it. Whatever the step does, its error is printed first, then every client is
 * closed, then the database is dropped. The order matters: `DROP DATABASE … WITH (FORCE)`
 * terminates live connections, and a pool whose idle connection dies emits an 'error' no one
 * listens to — a crash that used to replace the step's real error in the output.
 */
import pg from "pg";
import { createDb, disconnectDbs, type Db } from "../../src/server/db/clients";
import { createMigratedDatabase, dropDatabase } from "../lib/local-db";

export type BenchDatabase = {
  name: string;
  /** As the tables' owner. */
  url: string;
  /** The same database as another role (`app`, `app_system`). */
  as(user: string): string;
  /** A Prisma client the harness closes. */
  prisma(url: string, max?: number): Db;
  /** A bare pg pool the harness closes. */
  pool(url: string, max?: number): pg.Pool;
  /** Clean-up of anything else the step started (a worker process, Redis keys): run like the clients' closing, after the step's error is printed, before the drop. */
  defer(cleanUp: () => Promise<void>): void;
};

/** Runs `step` on a fresh database; true when it succeeded. Set-up errors (no PostgreSQL) are thrown. */
export async function onThrowawayDatabase(
  prefix: string,
  step: (db: BenchDatabase) => Promise<void>,
  report: (message: string) => void = console.error,
): Promise<boolean> {
  const created = await createMigratedDatabase(prefix);
  const closers: Array<() => Promise<void>> = [];
  const db: BenchDatabase = {
    ...created,
    as(user) {
      const u = new URL(created.url);
      u.username = user;
      return u.toString();
    },
    prisma(url, max = 4) {
      const client = createDb(url, max);
      closers.push(() => client.$disconnect());
      return client;
    },
    pool(url, max = 4) {
      const pool = new pg.Pool({ connectionString: url, max });
      closers.push(() => pool.end());
      return pool;
    },
    defer(cleanUp) {
      closers.push(cleanUp);
    },
  };
  let ok = true;
  try {
    await step(db);
  } catch (e) {
    ok = false;
    report(`The bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
  // The app's own pools too: domain functions reach them through appDb()/systemDb().
  await Promise.allSettled([...closers.map((close) => close()), disconnectDbs()]);
  await dropDatabase(created.name);
  return ok;
}
