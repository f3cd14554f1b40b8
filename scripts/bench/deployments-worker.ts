/**
 * The `events` worker as its own process, as production runs it (`npx tsx jobs/worker.ts`),
 * and what it cost: CPU time from /proc/<pid>/stat (user + system) and its peak resident
 * memory (VmHWM in /proc/<pid>/status). npx and tsx each start a process in front of it; the
 * worker is the last of the chain, and the one measured and stopped first.
 */
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";

export type WorkerProcess = {
  /** The process running jobs/worker.ts itself. */
  pid: number;
  /** CPU seconds (user + system) it has used so far. */
  cpuSeconds(): number;
  /** Its peak resident set size so far, in MB. */
  maxRssMb(): number;
  /** What it printed besides its banner (LOG_LEVEL=warn: warnings and errors). */
  output: string[];
  /** SIGTERM (it finishes running jobs and exits), SIGKILL for whatever is left after 15 s. */
  stop(): Promise<void>;
};

const CLK_TCK = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** Fields 3… of /proc/<pid>/stat (state, ppid, …), split after the command name, which may contain spaces. */
function statOf(pid: number): string[] | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    return s.slice(s.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** `root` and its descendants, parents first. */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    const ppid = Number.isInteger(pid) ? Number(statOf(pid)?.[1]) : NaN;
    if (!Number.isNaN(ppid)) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!) ?? []));
  return out;
}

/** npx, tsx and the worker all name jobs/worker.ts; esbuild, tsx's compiler, does not. */
const runsWorker = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("jobs/worker.ts");
  } catch {
    return false;
  }
};

const kill = (pid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
};

export async function spawnWorker(env: Record<string, string>, readyWithinMs = 90_000): Promise<WorkerProcess> {
  const child = spawn("npx", ["tsx", "jobs/worker.ts"], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const root = child.pid!;
  let known: number[] = [root];
  // Should the bench itself die, the worker must not outlive it.
  const reap = () => known.forEach((pid) => kill(pid, "SIGKILL"));
  process.once("exit", reap);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const output: string[] = [];
  let echoed = 0;
  const ready = new Promise<void>((resolve, reject) => {
    const onLine = (line: string) => {
      if (line.includes("worker ready")) return resolve();
      output.push(line);
      if (output.length > 200) output.shift();
      if (echoed++ < 20) console.error(`[worker] ${line}`);
    };
    createInterface({ input: child.stdout! }).on("line", onLine);
    createInterface({ input: child.stderr! }).on("line", onLine);
    void exited.then((code) => reject(new Error(`the worker exited (code ${code}) before it was ready:\n${output.join("\n")}`)));
    setTimeout(() => reject(new Error(`the worker was not ready after ${readyWithinMs / 1000} s:\n${output.join("\n")}`)), readyWithinMs).unref();
  });
  let stopped: Promise<void> | null = null;
  const alive = (pid: number) => (statOf(pid)?.[0] ?? "Z") !== "Z";
  const stop = () =>
    (stopped ??= (async () => {
      known = tree(root).filter(alive);
      const worker = known.filter(runsWorker).at(-1);
      if (worker !== undefined) kill(worker, "SIGTERM");
      const late = new Promise<"late">((resolve) => setTimeout(() => resolve("late"), 15_000).unref());
      if (worker !== undefined && (await Promise.race([exited, late])) === "late") console.error("The worker did not stop within 15 s: killed.");
      known.filter(alive).forEach((pid) => kill(pid, "SIGKILL"));
      process.removeListener("exit", reap);
    })());
  try {
    await ready;
  } catch (e) {
    await stop();
    throw e;
  }
  known = tree(root);
  const pid = known.filter(runsWorker).at(-1) ?? root;
  const cpuSeconds = () => {
    const s = statOf(pid);
    return s ? (Number(s[11]) + Number(s[12])) / CLK_TCK : NaN;
  };
  const maxRssMb = () => {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Math.round(Number(kb) / 102.4) / 10 : NaN;
  };
  return { pid, cpuSeconds, maxRssMb, output, stop };
}
