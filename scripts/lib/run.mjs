/** Small process helpers shared by scripts/dx.mjs and scripts/test.mjs. */
import { spawn, spawnSync } from "node:child_process";

/** Runs a command to completion, streaming its output; resolves with its exit code. */
export function run(cmd, args, { env = process.env, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

export function runSync(cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { env, encoding: "utf8" });
  return { code: r.status ?? 1, output: `${r.stdout ?? ""}${r.stderr ?? ""}` };
}

export const ensureSystem = () => runSync("bash", ["scripts/system-deps.sh"]);
