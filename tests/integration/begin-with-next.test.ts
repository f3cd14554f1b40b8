/**
 * The pool under the app's clients sends a transaction's BEGIN with the statement after it:
 * one round trip (one ReadyForQuery from the server) instead of two, with the same meaning —
 * what follows is inside the transaction, whether or not it has parameters.
 */
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { beginWithNextPool } from "@/server/db/begin-with-next";
import { withTenant } from "@/server/db/tenant";
import { ownerDb } from "../support/fixtures";

let pool: pg.Pool;
beforeAll(() => {
  pool = beginWithNextPool({ connectionString: process.env.DATABASE_URL, max: 1 });
});
afterAll(async () => {
  await pool.end();
});

/** The client's round trips: the server ends each query message with one ReadyForQuery. */
function roundTrips(client: pg.PoolClient): () => number {
  let n = 0;
  (client as unknown as { connection: { on(e: string, f: () => void): void } }).connection.on("readyForQuery", () => n++);
  return () => n;
}

describe("a transaction through the pool", () => {
  it("begins in the same round trip as a statement without parameters, which runs inside it", async () => {
    const client = await pool.connect();
    const count = roundTrips(client);
    await client.query({ text: "BEGIN" });
    await client.query({ text: "SELECT set_config('app.tenant_id', 'inside', TRUE)" });
    const seen = await client.query<{ v: string }>({ text: "SELECT current_setting('app.tenant_id', TRUE) AS v", values: [] });
    await client.query({ text: "COMMIT" });
    expect(seen.rows[0]!.v).toBe("inside");
    expect(count()).toBe(3);
    // Set for the transaction only: the connection's next transaction does not inherit it.
    const after = await client.query<{ v: string | null }>("SELECT current_setting('app.tenant_id', TRUE) AS v");
    expect(after.rows[0]!.v ?? "").toBe("");
    client.release();
  });

  it("begins alone before a statement with parameters, still inside the transaction", async () => {
    const client = await pool.connect();
    await client.query("CREATE TEMP TABLE IF NOT EXISTS probe (v text)");
    const count = roundTrips(client);
    await client.query({ text: "BEGIN" });
    await client.query({ text: "INSERT INTO probe VALUES ($1)", values: ["rolled back"] });
    await client.query({ text: "ROLLBACK" });
    expect(count()).toBe(3);
    const rows = await client.query("SELECT * FROM probe");
    expect(rows.rowCount).toBe(0);
    client.release();
  });

  it("answers a statement's own rows, not the BEGIN's, and reports its error", async () => {
    const client = await pool.connect();
    await client.query({ text: "BEGIN" });
    const one = await client.query<{ n: number }>({ text: "SELECT 1 AS n", values: [] });
    expect(one.rows).toEqual([{ n: 1 }]);
    await client.query({ text: "ROLLBACK" });
    await client.query({ text: "BEGIN" });
    await expect(client.query({ text: "SELECT * FROM no_such_table" })).rejects.toThrow(/no_such_table/);
    await client.query({ text: "ROLLBACK" });
    client.release();
  });
});

describe("withTenant's tenant setting, written into SQL text", () => {
  it("takes a uuid and nothing else", async () => {
    const run = (id: string) => withTenant(id, async () => "ran", { base: ownerDb() });
    await expect(run("01a23557-c51a-7298-aefc-3c2a7e3803be'); DROP TABLE \"Account\"; --")).rejects.toThrow(/Not a tenant id/);
    await expect(run("not-a-uuid")).rejects.toThrow(/Not a tenant id/);
  });
});
