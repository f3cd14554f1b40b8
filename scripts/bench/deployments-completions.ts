/**
 * Completions at a steady rate, and how long each takes to cascade: every tick completes, with
 * `completeActionNow` in a tenant unit of work as a request does, an open action of some
 * project whose completion makes another action available (the engine, run here on the same
 * state, says which), and times from just before that unit of work commits to when the
 * dependant is available in the database — what My day reads — as seen by a poll every 2 ms
 * (one query for everything pending; the time is when its answer arrives, so it over-counts
 * by up to a poll's period). The worker runs in its own process; its CPU over the run is read
 * from /proc.
 *
 * A project none of whose completions makes anything available (two actions left open in its
 * phase) is moved on as its people would, by completing one of the others; as that completion
 * changes nothing else, the bench writes it directly (status DONE), untimed and outside the rate,
 * so that the projects keep offering completions whatever the rate and the length of the run.
 */
import { readFileSync } from "node:fs";
import type pg from "pg";
import type { TenantDb } from "../../src/server/db/tenant";
import { completeActionNow, type ActorRef } from "../../src/server/deployments/action-commands";
import { chainStarts, completeInEngine, quietCompletion, seeded } from "./deployments-data";
import type { BenchProject } from "./deployments-seed";
import type { WorkerProcess } from "./deployments-worker";
import { summarize, type Timing } from "./stats";

export type CompletionResult = {
  latency: Timing;
  unitOfWork: Timing;
  ratePerSecond: number;
  seconds: number;
  /** Completions that committed during the measured seconds, per second: below the rate when the machine cannot keep up. */
  achievedPerSecond: number;
  /** Projects that had such an action when the run started. */
  startingProjects: number;
  /** Ticks with no project ready (each one waits for its previous completion to cascade). */
  starved: number;
  /** Quiet completions written directly to move projects on (see above). */
  movedOn: number;
  /** Dependants still not available 10 s after the commit. */
  timedOut: number;
  failed: number;
  firstError: string | null;
  worker: { cpuPercent: number; maxRssMb: number };
  /** This process, which runs the completions (as the web processes would) and the poll: % of one core. */
  driverCpuPercent: number;
  /** The whole machine (every core, PostgreSQL and anything else running): % busy. */
  machineBusyPercent: number;
};

/** The machine's CPU time so far, idle and in all, from the first line of /proc/stat. */
function machineTicks(): { idle: number; total: number } {
  const v = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  return { idle: (v[3] ?? 0) + (v[4] ?? 0), total: v.reduce((a, b) => a + b, 0) };
}

type Ready = { project: BenchProject; starts: { key: string; available: string[] }[] };
type Pending = { ids: string[]; committedAt: number; measured: boolean; visible: () => void };

const QUIET = `UPDATE "Action" SET status = 'DONE', "doneAt" = now(), "doneById" = $3::uuid, "updatedAt" = now() WHERE "tenantId" = $1::uuid AND id = $2::uuid`;
const VISIBLE = `SELECT id FROM "Action" WHERE "tenantId" = $1::uuid AND id = ANY($2::uuid[]) AND "availableAt" IS NOT NULL`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function driveCompletions(o: {
  request: <T>(fn: (db: TenantDb) => Promise<T>) => Promise<T>;
  actor: ActorRef;
  tenantId: string;
  projects: BenchProject[];
  /** Two connections as the owner: the poll, and the quiet completions. */
  poll: pg.Pool;
  worker: WorkerProcess;
  rate: number;
  seconds: number;
  warmupSeconds: number;
}): Promise<CompletionResult> {
  const rand = seeded(7);
  const ready: Ready[] = [];
  let movedOn = 0;
  /** Back in the pool once it offers a completion that makes something available, moved on if need be; out when it has none left. */
  const offer = async (project: BenchProject) => {
    for (let starts = chainStarts(project.state, project.ctx); ; starts = chainStarts(project.state, project.ctx)) {
      if (starts.length > 0) return void ready.push({ project, starts });
      const quiet = quietCompletion(project.state, project.ctx);
      if (!quiet) return;
      await o.poll.query(QUIET, [o.tenantId, project.actionIds.get(quiet), o.actor.membershipId]);
      project.state = completeInEngine(project.state, project.ctx, quiet).project;
      movedOn++;
    }
  };
  for (const project of o.projects) await offer(project);
  ready.sort(() => rand() - 0.5);
  const startingProjects = ready.length;
  movedOn = 0;
  const pending = new Map<number, Pending>();
  const latencies: number[] = [];
  const unitOfWork: number[] = [];
  let [seq, starved, timedOut, failed, completed] = [0, 0, 0, 0, 0];
  let firstError: string | null = null;
  const fail = (e: unknown) => {
    failed++;
    firstError ??= e instanceof Error ? (e.stack ?? e.message) : String(e);
  };

  let polling = true;
  const poller = (async () => {
    while (polling) {
      if (pending.size > 0) {
        const wanted = [...new Set([...pending.values()].flatMap((p) => p.ids))];
        const { rows } = await o.poll.query<{ id: string }>(VISIBLE, [o.tenantId, wanted]);
        const seenAt = performance.now();
        const visible = new Set(rows.map((r) => r.id));
        for (const [k, p] of pending) {
          if (p.committedAt > 0 && p.ids.every((id) => visible.has(id))) {
            pending.delete(k);
            if (p.measured) latencies.push(seenAt - p.committedAt);
            p.visible();
          } else if (p.committedAt > 0 && seenAt - p.committedAt > 10_000) {
            pending.delete(k);
            timedOut++;
          }
        }
      }
      await sleep(2);
    }
  })();
  // A failed poll is reported when the run ends (awaited below), not as an unhandled rejection now.
  poller.catch(() => undefined);

  const interval = 1000 / o.rate;
  const t0 = performance.now();
  const measureFrom = t0 + o.warmupSeconds * 1000;
  const end = measureFrom + o.seconds * 1000;

  const completeOne = async ({ project, starts }: Ready, measured: boolean) => {
    const start = starts[Math.floor(rand() * starts.length)]!;
    const next = completeInEngine(project.state, project.ctx, start.key);
    const entry: Pending = {
      ids: next.available.map((key) => project.actionIds.get(key)!),
      committedAt: 0,
      measured,
      visible: () => {
        project.state = next.project;
        offer(project).catch(fail);
      },
    };
    const began = performance.now();
    try {
      await o.request(async (db) => {
        const done = await completeActionNow(db, o.actor, project.actionIds.get(start.key)!, { capturedDate: next.captured?.value ?? null, note: null });
        // The last statement of the unit of work has run: what is left is COMMIT (then the enqueue).
        entry.committedAt = performance.now();
        pending.set(seq++, entry);
        return done;
      });
    } catch (e) {
      // Rolled back: the project is as it was, and can be tried again.
      for (const [k, p] of pending) if (p === entry) pending.delete(k);
      ready.push({ project, starts });
      throw e;
    }
    if (measured) unitOfWork.push(performance.now() - began);
    if (measured && performance.now() <= end) completed++;
  };

  const running = new Set<Promise<void>>();
  let cpuStart = NaN;
  let wallStart = NaN;
  let driverStart = process.cpuUsage();
  let machineStart = machineTicks();
  for (let k = 0; t0 + k * interval < end; k++) {
    const due = t0 + k * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const measured = due >= measureFrom;
    if (measured && Number.isNaN(cpuStart)) [cpuStart, wallStart, driverStart, machineStart] = [o.worker.cpuSeconds(), performance.now(), process.cpuUsage(), machineTicks()];
    const next = ready.shift();
    if (!next) {
      if (measured) starved++;
      continue;
    }
    const job = completeOne(next, measured).catch(fail);
    running.add(job);
    void job.finally(() => running.delete(job));
  }
  await Promise.all(running);
  for (const until = performance.now() + 15_000; pending.size > 0 && performance.now() < until; ) await sleep(5);
  const cpu = o.worker.cpuSeconds() - cpuStart;
  const wall = (performance.now() - wallStart) / 1000;
  const driver = process.cpuUsage(driverStart);
  const machine = machineTicks();
  polling = false;
  await poller;
  timedOut += pending.size;
  return {
    latency: summarize(latencies),
    unitOfWork: summarize(unitOfWork),
    ratePerSecond: o.rate,
    seconds: o.seconds,
    achievedPerSecond: Math.round((completed / o.seconds) * 10) / 10,
    startingProjects,
    starved,
    movedOn,
    timedOut,
    failed,
    firstError,
    worker: { cpuPercent: Math.round((cpu / wall) * 1000) / 10, maxRssMb: o.worker.maxRssMb() },
    driverCpuPercent: Math.round((driver.user + driver.system) / wall / 1000) / 10,
    machineBusyPercent: Math.round((1 - (machine.idle - machineStart.idle) / (machine.total - machineStart.total)) * 1000) / 10,
  };
}
