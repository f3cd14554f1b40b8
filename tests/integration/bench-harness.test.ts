/**
 * The bench's throwaway database: a failing step's own error is what gets printed, the
 * database is dropped anyway, and the clients the step left open do not crash the process
 * when the drop terminates their connections.
 */
import pg from "pg";
import { describe, expect, it } from "vitest";
import { ADMIN_URL } from "../../scripts/lib/local-db";
import { onThrowawayDatabase } from "../../scripts/bench/harness";

async function databaseExists(name: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  await admin.end();
  return rowCount === 1;
}

/** Lets any 'error' event of a pool whose connection was terminated surface (vitest fails the run on one). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe("the bench's throwaway database", () => {
  it("reports a failing step's real error, closes the step's clients, drops the database, and says it failed", async () => {
    const printed: string[] = [];
    let name = "";
    const ok = await onThrowawayDatabase(
      "sb_benchtest",
      async (db) => {
        name = db.name;
        // Clients left idle and open, as a step that throws halfway leaves them.
        await db.prisma(db.url).tenant.count();
        await db.pool(db.url).query("SELECT 1");
        throw new Error("the seed broke on row 42");
      },
      (message) => printed.push(message),
    );
    await settle();
    expect(ok).toBe(false);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain("the seed broke on row 42");
    expect(name).toMatch(/^sb_benchtest_/);
    expect(await databaseExists(name)).toBe(false);
  });

  it("drops the database after a step that succeeds, and prints nothing", async () => {
    const printed: string[] = [];
    let name = "";
    const ok = await onThrowawayDatabase(
      "sb_benchtest",
      async (db) => {
        name = db.name;
        expect(await db.prisma(db.as("app")).tenant.count()).toBe(0);
      },
      (message) => printed.push(message),
    );
    await settle();
    expect(ok).toBe(true);
    expect(printed).toEqual([]);
    expect(await databaseExists(name)).toBe(false);
  });
});
