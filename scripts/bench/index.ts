/**
 * `npm run bench`: measures the speed targets of DESIGN §8 that exist so far, on a throwaway
 * local database, writes bench/results.json and prints a table. Numbers, not assertions:
 * the targets are judged by reading them. Needs only the local PostgreSQL and Redis: no .env.
 * BENCH_ONLY=deployments,crm runs those sections alone and replaces only them in the file
 * (rlsOverhead, crm, templates, sessionCheck, firstLoadJs, deployments); BENCH_ITERATIONS sets
 * the runs (2000); the deployment bench's completions run at BENCH_COMPLETION_RATE per second
 * (50; "10,50" runs each in turn) for BENCH_COMPLETION_SECONDS (60, or 10 with BENCH_QUICK=1).
 */
import "../../src/load-env";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { EnvError, parseEnv } from "../../src/env";
import { ADMIN_URL } from "../lib/local-db";
import { benchCrmLists } from "./crm-lists";
import { benchDeployments, completionOptions } from "./deployments";
import { firstLoadJs } from "./first-load-js";
import { onThrowawayDatabase, type BenchDatabase } from "./harness";
import { benchRlsOverhead } from "./rls-overhead";
import { benchSessionCheck } from "./session-check";
import { benchTemplates } from "./templates";

// The app's env requires two secrets the bench has no use for beyond its own throwaway session
// cookies (it decrypts no IdP secret): random ones when none are set, so a clean clone needs no .env.
process.env.AUTH_SECRET ||= randomBytes(32).toString("base64");
process.env.ENCRYPTION_KEY ||= randomBytes(32).toString("base64");
// The deployment bench's queues, and the worker it starts, use a prefix of this run's own: a dev
// worker on the default prefix must not take its jobs, and its keys are deleted at the end.
process.env.QUEUE_PREFIX = `{sbbench-${randomBytes(4).toString("hex")}}`;
try {
  // Anything else the app's env refuses stops the bench here, with the sentence naming it.
  parseEnv({ ...process.env, DATABASE_URL: ADMIN_URL });
} catch (e) {
  if (!(e instanceof EnvError)) throw e;
  console.error(e.message);
  process.exit(1);
}

const n = Number(process.env.BENCH_ITERATIONS ?? 2000);
const SECTIONS = ["rlsOverhead", "crm", "templates", "sessionCheck", "firstLoadJs", "deployments"] as const;
const only = (process.env.BENCH_ONLY ?? "").split(",").map((s) => s.trim()).filter(Boolean);
const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
if (unknown.length > 0) {
  console.error(`BENCH_ONLY names no section ${unknown.join(", ")}: choose among ${SECTIONS.join(", ")}.`);
  process.exit(1);
}
const runs = (section: (typeof SECTIONS)[number]) => only.length === 0 || only.includes(section);
let completions: ReturnType<typeof completionOptions>;
try {
  completions = completionOptions();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}

async function bench(db: BenchDatabase) {
  // The app's own clients (appDb/systemDb) must reach the bench database.
  process.env.DATABASE_URL = db.url;
  process.env.APP_DATABASE_URL = db.as("app");
  process.env.SYSTEM_DATABASE_URL = db.as("app_system");
  const rls = runs("rlsOverhead") ? await benchRlsOverhead(db, n) : null;
  const crm = runs("crm") ? await benchCrmLists(db, Math.max(50, Math.floor(n / 10))) : null;
  const templates = runs("templates") ? await benchTemplates(n) : null;
  const sessions = runs("sessionCheck") ? await benchSessionCheck(db, n) : null;
  const deploy = runs("deployments") ? await benchDeployments(db, n, completions) : null;
  const routes = runs("firstLoadJs") ? firstLoadJs(["/t/[tenant]/settings/templates/[id]/page", "/t/[tenant]/settings/templates/page", "/t/[tenant]/settings/calendar/page", "/t/[tenant]/deals/page", "/t/[tenant]/page"]) : null;
  const measured = {
    ...(rls && { rlsOverhead: { description: `findMany of ${rls.rows} memberships of one tenant among 20, ${n} sequential runs`, ...rls } }),
    ...(crm && { crm: { description: `one tenant with ${crm.accounts} accounts (one contact each) and ${crm.deals} deals (two lines each); app = the domain function in one tenant unit of work, as a request runs it; sql = bare SQL returning the same rows, its statements at once on two connections; sameSql = the app's own statements, bare (owner, no RLS, no Prisma, no transaction), one after the other on one connection`, ...crm } }),
    ...(routes && { firstLoadJs: { description: "gzip kB of the JS a first visit downloads (runtime + the route's layouts and page), from a production build; target ≤ 200", routes } }),
    ...(sessions && { sessionCheck: { description: `per-request session check (1,000 sessions of 200 people in 20 tenants), ${n} interleaved runs: the row read, the membership read, both in turn, at once, or as one SQL statement; the whole check from the cookie, against what reading the JWT alone cost before sessions had rows`, ...sessions } }),
    ...(templates && { templates: { description: `validateTemplate and scheduleTemplate of a ${templates.actions}-action template (10 phases), French holidays, ${n} sequential runs`, ...templates } }),
    ...(deploy && {
      deployments: {
        description: `one tenant with ${deploy.tenant.projects} running 3CX projects (${deploy.tenant.actionsPerProject} actions each, ${deploy.tenant.actions} in all, ${deploy.tenant.availableOpen} available and open, the rest done or waiting) and ${deploy.tenant.staff} staff. myDay: app = myDay in one tenant unit of work, sql = myDaySql bare (owner, no RLS, no Prisma, no transaction, one connection), ${n} interleaved runs, then ${deploy.myDayConcurrent.callers} callers at once (app pool and pg pool of 10). completion: completeActionNow in a tenant unit of work on an action whose completion makes another available, at a steady rate, the events worker in its own process (npx tsx jobs/worker.ts); latency from just before the completing unit of work commits to the dependant's availableAt seen set by a 2 ms poll; worker CPU in % of one core over the run, peak RSS (VmHWM). markWon: markDealWon in one tenant unit of work, each run on a fresh deal`,
        ...deploy,
      },
    }),
  };
  // A partial run (BENCH_ONLY) replaces its own sections and keeps the others' last numbers.
  const previous: Record<string, unknown> = only.length > 0 && existsSync("bench/results.json") ? (JSON.parse(readFileSync("bench/results.json", "utf8")) as Record<string, unknown>) : {};
  const results = { ...previous, measuredAt: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version }, ...measured };
  mkdirSync("bench", { recursive: true });
  writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);

  const row = (name: string, t: { p50: number; p95: number; p99: number; mean: number }, note = "") =>
    `| ${name.padEnd(44)} | ${t.p50.toFixed(3).padStart(8)} | ${t.p95.toFixed(3).padStart(8)} | ${t.p99.toFixed(3).padStart(8)} | ${t.mean.toFixed(3).padStart(8)} | ${note.padEnd(44)} |`;
  console.log(`\nSwitchboard bench — ${results.machine.cpus} cores, Node ${results.machine.node}\n`);
  console.log(`| ${"measure (ms)".padEnd(44)} | ${"p50".padStart(8)} | ${"p95".padStart(8)} | ${"p99".padStart(8)} | ${"mean".padStart(8)} | ${"".padEnd(44)} |`);
  console.log(`|${"-".repeat(46)}|${"-".repeat(10)}|${"-".repeat(10)}|${"-".repeat(10)}|${"-".repeat(10)}|${"-".repeat(46)}|`);
  if (rls) {
    console.log(row("plain query, explicit tenantId (no RLS)", rls.plain, "baseline"));
    console.log(row("same query, one tenant unit of work (RLS)", rls.scoped, `×${rls.ratioP50} p50, ×${rls.ratioP95} p95`));
  }
  const vs = (name: string, r: NonNullable<typeof crm>["board"]) => {
    console.log(row(`${name} — bare SQL`, r.sql, "baseline"));
    console.log(row(`${name} — app's SQL, bare`, r.sameSql, "the app's statements alone"));
    console.log(row(`${name} — app`, r.app, `×${r.ratioP50} p50, ×${r.ratioP95} p95; its SQL ×${r.ratioSameP50}, ×${r.ratioSameP95}`));
  };
  if (crm) {
    vs("account list, page 1 of 10k", crm.accountList);
    vs("account search by contact name", crm.accountSearch);
    vs("pipeline board, 5k deals", crm.board);
  }
  if (templates) {
    console.log(row(`validate ${templates.actions}-action template`, templates.validate));
    console.log(row(`schedule ${templates.actions}-action template`, templates.schedule));
    console.log(row("validate + schedule", templates.validateAndSchedule, "builder redo per edit"));
  }
  if (sessions) {
    console.log(row("session row read", sessions.session));
    console.log(row("membership read (resolveMembership)", sessions.membership));
    console.log(row("session then membership", sessions.sequential, "what a tenant request does"));
    console.log(row("session and membership at once", sessions.parallel));
    console.log(row("session + membership in one SQL", sessions.combined));
    console.log(row("session check from the cookie", sessions.fromCookie, "sessionOf: JWT + row"));
    console.log(row("JWT decode + re-encode (before)", sessions.jwtOnlyBefore, "Auth.js auth(), no row"));
  }
  if (deploy) {
    const { myDay, myDayConcurrent: c, completion, markWon } = deploy;
    const met = (m: { met: boolean; goal: string }) => `goal ${m.goal}: ${m.met ? "met" : "MISSED"}`;
    console.log(row(`${myDay.name} — bare SQL`, myDay.sql, "baseline"));
    console.log(row(`${myDay.name} — app`, myDay.app, `×${myDay.ratioP50} p50, ×${myDay.ratioP95} p95, ×${myDay.ratioP99} p99; ${met(myDay)}`));
    console.log(row(`${c.name} — bare SQL`, c.sql, `${c.sqlPerSecond}/s`));
    console.log(row(`${c.name} — app`, c.app, `×${c.ratioP50} p50, ×${c.ratioP95} p95; ${c.appPerSecond}/s`));
    for (const done of completion) {
      console.log(row(`complete an action, unit of work, ${done.ratePerSecond}/s`, done.unitOfWork, `completeActionNow + commit + enqueue; ${done.achievedPerSecond}/s done`));
      console.log(row(done.name, done.latency, `${met(done)}; worker ${done.worker.cpuPercent}% of a core, max RSS ${done.worker.maxRssMb} MB`));
      console.log(row(`  of which: enqueued → taken by the worker`, done.queue.pickup, "BullMQ's event stream, 1 ms steps"));
      console.log(row(`  of which: taken → applied and committed`, done.queue.run, "applyPendingEvents in a unit of work"));
      console.log(`|   meanwhile: this process ${done.driverCpuPercent}% of a core, the machine ${done.machineBusyPercent}% busy (all ${results.machine.cpus} cores); ${done.movedOn} projects moved on by a quiet completion`);
      if (done.starved + done.timedOut + done.failed > 0) console.log(`|   ${done.starved} ticks found no project ready, ${done.timedOut} dependants not seen within 10 s, ${done.failed} completions failed`);
    }
    console.log(row(markWon.name, markWon.timing, met(markWon)));
  }
  if (routes) {
    console.log(`\n| ${"first-load JS (gzip)".padEnd(44)} | ${"kB".padStart(8)} |`);
    console.log(`|${"-".repeat(46)}|${"-".repeat(10)}|`);
    for (const r of routes) console.log(`| ${r.route.padEnd(44)} | ${r.kB.toFixed(1).padStart(8)} |`);
  }
  console.log(`\nWritten to bench/results.json${only.length > 0 ? ` (${only.join(", ")}; the other sections as they were)` : ""}`);
}

let ok = false;
try {
  ok = await onThrowawayDatabase("sb_bench", bench);
} catch (e) {
  // Set-up failed before any database existed (PostgreSQL not running, migrations refused).
  console.error(e instanceof Error ? e.message : e);
}
process.exitCode = ok ? 0 : 1;
