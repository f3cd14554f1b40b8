/**
 * Bench: the deployment engine (DESIGN §8) on a tenant with 2,000 running projects, 40,000
 * actions and 50 staff (deployments-seed.ts):
 *  - My day of a technician with 300 available open actions, in a tenant unit of work, against
 *    its own SQL run bare (owner, no RLS, no Prisma, no transaction), one caller then 20 at once;
 *  - completion → dependant available, at a steady rate, with the `events` worker in its own
 *    process (deployments-completions.ts), and the worker's CPU and peak memory;
 *  - Mark Won of a deal with 5 lines of the 3CX template, each on a fresh deal.
 * The worker's queues use this run's own prefix; its Redis keys are deleted at the end.
 */
import { loadavg } from "node:os";
import { Redis } from "ioredis";
import type { Queue } from "bullmq";
import { env } from "../../src/env";
import { markDealWon } from "../../src/server/crm/deal-won";
import { withTenant, type TenantDb } from "../../src/server/db/tenant";
import { actorOf } from "../../src/server/deployments/action-commands";
import { myDay, myDaySql } from "../../src/server/deployments/my-day";
import { closeLive } from "../../src/server/live/changes";
import type { BenchDatabase } from "./harness";
import { driveCompletions, type CompletionResult } from "./deployments-completions";
import { seedDealsToWin, seedDeployments } from "./deployments-seed";
import { spawnWorker, type WorkerProcess } from "./deployments-worker";
import { summarize, timeInterleaved, type Timing } from "./stats";

type Measure = { name: string; unit: "ms"; goal: string; met: boolean };
export type DeploymentsResult = {
  tenant: { projects: number; actions: number; availableOpen: number; staff: number; actionsPerProject: number; technicianAvailable: number; seedSeconds: number };
  /** The machine's 1-minute load average when the section started and ended: other work on it shows here. */
  loadAverage: { start: number; end: number };
  myDay: Measure & { app: Timing; sql: Timing; ratioP50: number; ratioP95: number; ratioP99: number };
  myDayConcurrent: { name: string; unit: "ms"; callers: number; app: Timing; sql: Timing; ratioP50: number; ratioP95: number; appPerSecond: number; sqlPerSecond: number };
  /** One run per rate (BENCH_COMPLETION_RATE=10,50: 10/s, then 50/s). */
  completion: (Measure & CompletionResult & { queue: { pickup: Timing; run: Timing } })[];
  markWon: Measure & { timing: Timing; lines: number; actions: number; actionsPerLine: number };
};

export type CompletionOptions = { rates: number[]; seconds: number; warmupSeconds: number };

/** 50 completions a second for 60 s; BENCH_QUICK=1: 10 s; BENCH_COMPLETION_RATE (one rate or several: "10,50") and BENCH_COMPLETION_SECONDS set either. */
export function completionOptions(source = process.env): CompletionOptions {
  const quick = source.BENCH_QUICK === "1";
  const rates = (source.BENCH_COMPLETION_RATE ?? "50").split(",").map(Number);
  if (rates.some((r) => !(r > 0))) throw new Error(`BENCH_COMPLETION_RATE must be completions per second, or several separated by commas: ${source.BENCH_COMPLETION_RATE}`);
  const seconds = Number(source.BENCH_COMPLETION_SECONDS ?? (quick ? 10 : 60));
  if (!(seconds > 0)) throw new Error(`BENCH_COMPLETION_SECONDS must be a number of seconds: ${source.BENCH_COMPLETION_SECONDS}`);
  return { rates, seconds, warmupSeconds: quick ? 2 : 5 };
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** `callers` loops at once, `each` calls apiece: the latency of each call, and calls per second overall. */
async function concurrently(callers: number, each: number, fn: () => Promise<unknown>): Promise<{ timing: Timing; perSecond: number }> {
  for (let i = 0; i < 20; i++) await fn();
  const samples: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: callers }, async () => {
      for (let i = 0; i < each; i++) {
        const t = performance.now();
        await fn();
        samples.push(performance.now() - t);
      }
    }),
  );
  return { timing: summarize(samples), perSecond: Math.round((samples.length / (performance.now() - t0)) * 1000) };
}

/** The web process's queue and live handles (src/server/comms/queue.ts, live/changes.ts), opened by the completions: closed so the bench can exit. */
async function closeWebQueues(): Promise<void> {
  const g = globalThis as unknown as { __sbRedis?: Redis; __sbEmailQueue?: Queue; __sbEventsQueue?: Queue };
  await Promise.all([g.__sbEventsQueue?.close(), g.__sbEmailQueue?.close(), closeLive()]);
  g.__sbRedis?.disconnect();
  [g.__sbRedis, g.__sbEmailQueue, g.__sbEventsQueue] = [undefined, undefined, undefined];
}

/**
 * Where a cascade's time goes, from the `events` queue's own event stream (entry ids are Redis's
 * clock in ms): enqueued → taken by the worker (`pickup`), taken → done, committed (`run`).
 * BullMQ trims the stream to about 10,000 entries: a long fast run keeps its last ~3,000 jobs.
 */
async function queueTimes(redisUrl: string, prefix: string, fromMs: number): Promise<{ pickup: Timing; run: Timing }> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    const entries = await redis.xrange(`${prefix}:events:events`, String(fromMs), "+");
    const at = new Map<string, Partial<Record<string, number>>>();
    for (const [id, fields] of entries) {
      const f = Object.fromEntries(fields.flatMap((v, i) => (i % 2 === 0 ? [[v, fields[i + 1]]] : [])) as [string, string][]);
      if (!f.jobId || !f.event) continue;
      const job = at.get(f.jobId) ?? {};
      job[f.event] ??= Number(id.split("-")[0]);
      at.set(f.jobId, job);
    }
    const jobs = [...at.values()];
    const between = (a: string, b: string) => jobs.flatMap((j) => (j[a] !== undefined && j[b] !== undefined ? [j[b]! - j[a]!] : []));
    return { pickup: summarize(between("waiting", "active")), run: summarize(between("active", "completed")) };
  } finally {
    redis.disconnect();
  }
}

async function deleteKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let deleted = 0;
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 1000 }) as AsyncIterable<string[]>) if (keys.length > 0) deleted += await redis.del(...keys);
    return deleted;
  } finally {
    redis.disconnect();
  }
}

export async function benchDeployments(bench: BenchDatabase, n: number, o: CompletionOptions = completionOptions()): Promise<DeploymentsResult> {
  const { REDIS_URL: redisUrl, QUEUE_PREFIX: prefix } = env();
  // The keys under this prefix are deleted at the end: only a prefix of this run's own.
  if (!/^\{sbbench-[0-9a-f]{8}\}$/.test(prefix)) throw new Error(`QUEUE_PREFIX is ${prefix}: the deployment bench needs its own ({sbbench-<8 hex>}, set by scripts/bench/index.ts)`);
  let worker: WorkerProcess | null = null;
  bench.defer(async () => {
    try {
      await worker?.stop();
      await closeWebQueues();
      await deleteKeys(redisUrl, prefix);
    } catch (e) {
      console.error(`Cleaning up the deployment bench failed (Redis keys ${prefix}* may be left): ${e instanceof Error ? e.message : String(e)}`);
    }
  });

  const loadStart = loadavg()[0]!;
  const seedStart = performance.now();
  const owner = bench.prisma(bench.url, 8);
  const world = await seedDeployments(owner, bench.pool(bench.url, 1));
  const markWonRuns = Math.max(20, Math.floor(n / 20));
  const lines = 5;
  const deals = await seedDealsToWin(owner, world, markWonRuns + 5, lines);
  await owner.$executeRawUnsafe("ANALYZE");
  const seedSeconds = Math.round((performance.now() - seedStart) / 100) / 10;
  const tenantId = world.tenantRef.id;
  const app = bench.prisma(bench.as("app"), 10);
  const request = <T,>(fn: (db: TenantDb) => Promise<T>) => withTenant(world.tenantRef, fn, { base: app });

  // 1. My day.
  const one = bench.pool(bench.url, 1);
  const statement = myDaySql(tenantId, world.tech);
  const appMyDay = () => request((db) => myDay(db, world.tech));
  const bare = (pool = one) => pool.query(statement.text, statement.values);
  const [appRows, sqlRows] = [(await appMyDay()).actions.length, (await bare()).rowCount];
  if (appRows !== world.techAvailable || sqlRows !== appRows) throw new Error(`My day disagrees: app ${appRows} rows, SQL ${sqlRows}, expected ${world.techAvailable}`);
  const seq = await timeInterleaved({ app: appMyDay, sql: () => bare() }, n);
  const callers = 20;
  const ten = bench.pool(bench.url, 10);
  const each = Math.max(10, Math.floor(n / 2 / callers));
  const [cApp, cSql] = [await concurrently(callers, each, appMyDay), await concurrently(callers, each, () => bare(ten))];

  // 2. Mark Won, each run on a fresh deal.
  const actor = actorOf(world.admin.user, world.admin.membership);
  const samples: number[] = [];
  for (const [i, dealId] of deals.entries()) {
    const t = performance.now();
    const won = await request((db) => markDealWon(db, world.admin.user.id, dealId, new Date()));
    if (i >= 5) samples.push(performance.now() - t);
    if (won.projectIds.length !== lines) throw new Error(`Mark Won created ${won.projectIds.length} projects, not ${lines}`);
  }
  const wonActions = await owner.action.count({ where: { tenantId, project: { dealId: deals[0]! } } });

  // 3. Completions, with the worker in its own process.
  worker = await spawnWorker({
    DATABASE_URL: bench.url,
    APP_DATABASE_URL: bench.as("app"),
    SYSTEM_DATABASE_URL: bench.as("app_system"),
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    SMTP_URL: "smtp://127.0.0.1:1",
    AUTH_SECRET: env().AUTH_SECRET,
    ENCRYPTION_KEY: env().ENCRYPTION_KEY,
    APP_URL: "http://localhost:3999",
    LOG_LEVEL: "warn",
  });
  const poll = bench.pool(bench.url, 2);
  const completion = [];
  for (const rate of o.rates) {
    const since = Date.now() + o.warmupSeconds * 1000;
    const run = await driveCompletions({ request, actor, tenantId, projects: world.projects, poll, worker, rate, seconds: o.seconds, warmupSeconds: o.warmupSeconds });
    if (run.firstError) console.error(`${run.failed} of the completions at ${rate}/s failed; the first: ${run.firstError}`);
    const met = run.latency.p95 <= 50 && run.timedOut === 0 && run.failed === 0;
    completion.push({ name: `completion → dependant available, ${rate}/s`, unit: "ms" as const, goal: "p95 ≤ 50 ms", met, ...run, queue: await queueTimes(redisUrl, prefix, since) });
  }

  const timing = summarize(samples);
  return {
    tenant: { projects: world.counts.projects, actions: world.counts.actions, availableOpen: world.counts.available, staff: world.counts.staff, actionsPerProject: world.counts.actionsPerProject, technicianAvailable: world.techAvailable, seedSeconds },
    myDay: {
      name: `My day, ${world.techAvailable} available actions`,
      unit: "ms",
      app: seq.app,
      sql: seq.sql,
      ratioP50: r2(seq.app.p50 / seq.sql.p50),
      ratioP95: r2(seq.app.p95 / seq.sql.p95),
      ratioP99: r2(seq.app.p99 / seq.sql.p99),
      goal: "p95 ≤ 10 ms and ≤ ×2 the bare SQL",
      met: seq.app.p95 <= 10 && seq.app.p95 <= 2 * seq.sql.p95,
    },
    myDayConcurrent: { name: `My day, ${callers} callers at once`, unit: "ms", callers, app: cApp.timing, sql: cSql.timing, ratioP50: r2(cApp.timing.p50 / cSql.timing.p50), ratioP95: r2(cApp.timing.p95 / cSql.timing.p95), appPerSecond: cApp.perSecond, sqlPerSecond: cSql.perSecond },
    loadAverage: { start: loadStart, end: loadavg()[0]! },
    completion,
    markWon: { name: `Mark Won, ${lines} lines × ${wonActions / lines} actions`, unit: "ms", timing, lines, actions: wonActions, actionsPerLine: wonActions / lines, goal: "p95 ≤ 150 ms", met: timing.p95 <= 150 },
  };
}
