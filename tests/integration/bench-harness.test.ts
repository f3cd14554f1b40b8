/**
 * The bench's throwaway database: a failing step's own error is what gets printed, the
 * database is dropped anyway, and the clients the step left open do not crash the process
 * when the drop terminates their connections.
 */
import pg from "pg";
import { describe, expect, it } from "vitest";
import { ADMIN_URL } from "../../scripts/lib/local-db";
import { onThrowawayDatabase, type BenchDatabase } from "../../scripts/bench/harness";

async function databaseExists(name: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  await admin.end();
  return rowCount === 1;
}

/** Runs `step` on a throwaway database; what it printed, and whether its database survived. */
async function run(step: (db: BenchDatabase) => Promise<void>) {
  const printed: string[] = [];
  let name = "";
  const ok = await onThrowawayDatabase(
    "sb_benchtest",
    async (db) => {
      name = db.name;
      await step(db);
    },
    (message) => printed.push(message),
  );
  // Lets any 'error' event of a pool whose connection was terminated surface (vitest fails the run on one).
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { ok, printed, name, left: await databaseExists(name) };
}

describe("the bench's throwaway database", () => {
  it("reports a failing step's real error, closes the step's clients, drops the database, and says it failed", async () => {
    const r = await run(async (db) => {
      // Clients left idle and open, as a step that throws halfway leaves them.
      await db.prisma(db.url).tenant.count();
      await db.pool(db.url).query("SELECT 1");
      throw new Error("the seed broke on row 42");
    });
    expect(r.ok).toBe(false);
    expect(r.printed).toHaveLength(1);
    expect(r.printed[0]).toContain("the seed broke on row 42");
    expect(r.name).toMatch(/^sb_benchtest_/);
    expect(r.left).toBe(false);
  });

  it("drops the database after a step that succeeds, and prints nothing", async () => {
    const r = await run(async (db) => {
      expect(await db.prisma(db.as("app")).tenant.count()).toBe(0);
    });
    expect(r).toMatchObject({ ok: true, printed: [], left: false });
  });
});
