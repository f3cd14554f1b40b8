/**
 * `npm run bench`: measures the speed targets of DESIGN §8 that exist so far, on a throwaway
 * local database, writes bench/results.json and prints a table. Numbers, not assertions:
 * the targets are judged by reading them.
 */
import "../../src/load-env";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { createMigratedDatabase, dropDatabase } from "../lib/local-db";
import { benchRlsOverhead } from "./rls-overhead";

const n = Number(process.env.BENCH_ITERATIONS ?? 2000);
const db = await createMigratedDatabase("sb_bench");
const withUser = (user: string) => {
  const u = new URL(db.url);
  u.username = user;
  return u.toString();
};

try {
  const rls = await benchRlsOverhead({ owner: db.url, app: withUser("app"), system: withUser("app_system") }, n);
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
    rlsOverhead: { description: `findMany of ${rls.rows} memberships of one tenant among 20, ${n} sequential runs`, ...rls },
  };
  mkdirSync("bench", { recursive: true });
  writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);

  const row = (name: string, t: { p50: number; p95: number; mean: number }, note = "") =>
    `| ${name.padEnd(44)} | ${t.p50.toFixed(3).padStart(8)} | ${t.p95.toFixed(3).padStart(8)} | ${t.mean.toFixed(3).padStart(8)} | ${note.padEnd(26)} |`;
  console.log(`\nSwitchboard bench — ${results.machine.cpus} cores, Node ${results.machine.node}\n`);
  console.log(`| ${"measure (ms)".padEnd(44)} | ${"p50".padStart(8)} | ${"p95".padStart(8)} | ${"mean".padStart(8)} | ${"".padEnd(26)} |`);
  console.log(`|${"-".repeat(46)}|${"-".repeat(10)}|${"-".repeat(10)}|${"-".repeat(10)}|${"-".repeat(28)}|`);
  console.log(row("plain query, explicit tenantId (no RLS)", rls.plain, "baseline"));
  console.log(row("tenant-scoped client (RLS, tx per query)", rls.scoped, `×${rls.ratioP50} p50, ×${rls.ratioP95} p95`));
  console.log(row("same query inside a tenantTransaction", rls.scopedInTransaction, "one tx for a unit of work"));
  console.log("\nWritten to bench/results.json");
} finally {
  await dropDatabase(db.name);
}
