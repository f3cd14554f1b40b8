/**
 * `npm run bench`: measures the speed targets of DESIGN §8 that exist so far, on a throwaway
 * local database, writes bench/results.json and prints a table. Numbers, not assertions:
 * the targets are judged by reading them. Needs only the local PostgreSQL: no .env.
 */
import "../../src/load-env";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { EnvError, parseEnv } from "../../src/env";
import { ADMIN_URL } from "../lib/local-db";
import { benchCrmLists } from "./crm-lists";
import { firstLoadJs } from "./first-load-js";
import { onThrowawayDatabase, type BenchDatabase } from "./harness";
import { benchRlsOverhead } from "./rls-overhead";
import { benchSessionCheck } from "./session-check";
import { benchTemplates } from "./templates";

// The app's env requires two secrets the bench has no use for beyond its own throwaway session
// cookies (it decrypts no IdP secret): random ones when none are set, so a clean clone needs no .env.
process.env.AUTH_SECRET ||= randomBytes(32).toString("base64");
process.env.ENCRYPTION_KEY ||= randomBytes(32).toString("base64");
try {
  // Anything else the app's env refuses stops the bench here, with the sentence naming it.
  parseEnv({ ...process.env, DATABASE_URL: ADMIN_URL });
} catch (e) {
  if (!(e instanceof EnvError)) throw e;
  console.error(e.message);
  process.exit(1);
}

const n = Number(process.env.BENCH_ITERATIONS ?? 2000);

async function bench(db: BenchDatabase) {
  // The app's own clients (appDb/systemDb) must reach the bench database.
  process.env.DATABASE_URL = db.url;
  process.env.APP_DATABASE_URL = db.as("app");
  process.env.SYSTEM_DATABASE_URL = db.as("app_system");
  const rls = await benchRlsOverhead(db, n);
  const crm = await benchCrmLists(db, Math.max(50, Math.floor(n / 10)));
  const templates = await benchTemplates(n);
  const sessions = await benchSessionCheck(db, n);
  const routes = firstLoadJs(["/t/[tenant]/settings/templates/[id]/page", "/t/[tenant]/settings/templates/page", "/t/[tenant]/settings/calendar/page", "/t/[tenant]/deals/page", "/t/[tenant]/page"]);
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
    rlsOverhead: { description: `findMany of ${rls.rows} memberships of one tenant among 20, ${n} sequential runs`, ...rls },
    crm: { description: `one tenant with ${crm.accounts} accounts (one contact each) and ${crm.deals} deals (two lines each); app = the domain function in one tenant unit of work, as a request runs it; sql = bare SQL returning the same rows, its statements at once on two connections; sameSql = the app's own statements, bare (owner, no RLS, no Prisma, no transaction), one after the other on one connection`, ...crm },
    firstLoadJs: { description: "gzip kB of the JS a first visit downloads (runtime + the route's layouts and page), from a production build; target ≤ 200", routes },
    sessionCheck: { description: `per-request session check (1,000 sessions of 200 people in 20 tenants), ${n} interleaved runs: the row read, the membership read, both in turn, at once, or as one SQL statement; the whole check from the cookie, against what reading the JWT alone cost before sessions had rows`, ...sessions },
    templates: { description: `validateTemplate and scheduleTemplate of a ${templates.actions}-action template (10 phases), French holidays, ${n} sequential runs`, ...templates },
  };
  mkdirSync("bench", { recursive: true });
  writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);

  const row = (name: string, t: { p50: number; p95: number; mean: number }, note = "") =>
    `| ${name.padEnd(44)} | ${t.p50.toFixed(3).padStart(8)} | ${t.p95.toFixed(3).padStart(8)} | ${t.mean.toFixed(3).padStart(8)} | ${note.padEnd(44)} |`;
  console.log(`\nSwitchboard bench — ${results.machine.cpus} cores, Node ${results.machine.node}\n`);
  console.log(`| ${"measure (ms)".padEnd(44)} | ${"p50".padStart(8)} | ${"p95".padStart(8)} | ${"mean".padStart(8)} | ${"".padEnd(44)} |`);
  console.log(`|${"-".repeat(46)}|${"-".repeat(10)}|${"-".repeat(10)}|${"-".repeat(10)}|${"-".repeat(46)}|`);
  console.log(row("plain query, explicit tenantId (no RLS)", rls.plain, "baseline"));
  console.log(row("same query, one tenant unit of work (RLS)", rls.scoped, `×${rls.ratioP50} p50, ×${rls.ratioP95} p95`));
  const vs = (name: string, r: (typeof crm)["board"]) => {
    console.log(row(`${name} — bare SQL`, r.sql, "baseline"));
    console.log(row(`${name} — app's SQL, bare`, r.sameSql, "the app's statements alone"));
    console.log(row(`${name} — app`, r.app, `×${r.ratioP50} p50, ×${r.ratioP95} p95; its SQL ×${r.ratioSameP50}, ×${r.ratioSameP95}`));
  };
  vs("account list, page 1 of 10k", crm.accountList);
  vs("account search by contact name", crm.accountSearch);
  vs("pipeline board, 5k deals", crm.board);
  console.log(row(`validate ${templates.actions}-action template`, templates.validate));
  console.log(row(`schedule ${templates.actions}-action template`, templates.schedule));
  console.log(row("validate + schedule", templates.validateAndSchedule, "builder redo per edit"));
  console.log(row("session row read", sessions.session));
  console.log(row("membership read (resolveMembership)", sessions.membership));
  console.log(row("session then membership", sessions.sequential, "what a tenant request does"));
  console.log(row("session and membership at once", sessions.parallel));
  console.log(row("session + membership in one SQL", sessions.combined));
  console.log(row("session check from the cookie", sessions.fromCookie, "sessionOf: JWT + row"));
  console.log(row("JWT decode + re-encode (before)", sessions.jwtOnlyBefore, "Auth.js auth(), no row"));
  console.log(`\n| ${"first-load JS (gzip)".padEnd(44)} | ${"kB".padStart(8)} |`);
  console.log(`|${"-".repeat(46)}|${"-".repeat(10)}|`);
  for (const r of routes) console.log(`| ${r.route.padEnd(44)} | ${r.kB.toFixed(1).padStart(8)} |`);
  console.log("\nWritten to bench/results.json");
}

let ok = false;
try {
  ok = await onThrowawayDatabase("sb_bench", bench);
} catch (e) {
  // Set-up failed before any database existed (PostgreSQL not running, migrations refused).
  console.error(e instanceof Error ? e.message : e);
}
process.exitCode = ok ? 0 : 1;
