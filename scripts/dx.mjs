#!/usr/bin/env node
/**
 * `npm run dx`: everything a developer needs, from a fresh clone, in one command. Installs
 * what is missing (apt packages, npm dependencies), starts PostgreSQL and Redis if needed,
 * writes a .env with fresh secrets the first time, creates and migrates the database, seeds
 * the demo, then runs the web app, the worker, the dev identity provider and the mail sink
 * until Ctrl-C, which stops them all. A second run reuses all of it and is fast.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import { ensureSystem, run } from "./lib/run.mjs";

const PORTS = { web: 3000, idp: 4000, smtp: 1025, inbox: 8025 };
const say = (m) => console.log(`\x1b[36mdx\x1b[0m ${m}`);
const fail = (m) => {
  console.error(`\x1b[31mdx\x1b[0m ${m}`);
  process.exit(1);
};

say("checking system packages and services…");
const system = ensureSystem();
if (system.code !== 0) fail(system.output.trim());

const lock = "package-lock.json";
const installed = "node_modules/.package-lock.json";
if (!existsSync(installed) || statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
  say("installing npm dependencies…");
  if ((await run("npm", ["install", "--no-audit", "--no-fund"])).code !== 0) fail("npm install failed");
}

if (!existsSync(".env")) {
  writeFileSync(
    ".env",
    [
      "# Written by `npm run dx` for local development. See README.md for every variable.",
      "DATABASE_URL=postgresql://postgres@127.0.0.1:5432/switchboard",
      `AUTH_SECRET=${randomBytes(32).toString("base64")}`,
      `ENCRYPTION_KEY=${randomBytes(32).toString("base64")}`,
      "",
    ].join("\n"),
  );
  say("wrote .env with fresh secrets");
}
const dotenv = Object.fromEntries(
  readFileSync(".env", "utf8")
    .split("\n")
    .filter((l) => /^[A-Z_]+=/.test(l))
    .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
);
const env = { ...dotenv, ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: "1" };

const dbUrl = new URL(env.DATABASE_URL);
const dbName = dbUrl.pathname.slice(1);
const adminUrl = new URL(env.DATABASE_URL);
adminUrl.pathname = "/postgres";
const exists = await run("psql", [adminUrl.toString(), "-tAc", `SELECT 1 FROM pg_database WHERE datname = '${dbName}'`], { quiet: true });
if (!exists.output.includes("1")) {
  say(`creating database ${dbName}…`);
  if ((await run("psql", [adminUrl.toString(), "-qc", `CREATE DATABASE "${dbName}"`], { quiet: true })).code !== 0) fail("could not create the database");
}
say("applying migrations…");
const migrate = await run("npm", ["run", "--silent", "db:deploy"], { env, quiet: true });
if (migrate.code !== 0) fail(`migrations failed:\n${migrate.output}`);
say("seeding the demo…");
const seed = await run("npx", ["tsx", "prisma/seed/index.ts"], { env, quiet: true });
if (seed.code !== 0) fail(`seed failed:\n${seed.output}`);

const busy = (port) =>
  new Promise((resolve) => {
    const s = net.connect({ port, host: "127.0.0.1" }, () => {
      s.destroy();
      resolve(true);
    });
    s.on("error", () => resolve(false));
  });
for (const [name, port] of Object.entries(PORTS)) {
  if (await busy(port)) fail(`port ${port} (${name}) is already in use — is another \`npm run dx\` running?`);
}

const COLORS = { web: 32, worker: 35, idp: 33, mail: 34 };
const children = [];
function start(name, cmd, args) {
  const child = spawn(cmd, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = `\x1b[${COLORS[name]}m${name.padEnd(6)}\x1b[0m│ `;
  const pipe = (stream, out) => {
    let rest = "";
    stream.on("data", (d) => {
      const lines = (rest + d).split("\n");
      rest = lines.pop() ?? "";
      for (const l of lines) if (!/nodedir|oidc-provider WARNING/.test(l)) out.write(prefix + l + "\n");
    });
  };
  pipe(child.stdout, process.stdout);
  pipe(child.stderr, process.stderr);
  child.on("exit", (code) => {
    if (stopping) return;
    console.error(`${prefix}exited with code ${code}; stopping everything.`);
    stop(1);
  });
  children.push(child);
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  say("stopping…");
  for (const c of children) {
    try {
      process.kill(-c.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
  setTimeout(() => process.exit(code), 1500);
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

start("mail", "npx", ["tsx", "scripts/mail-sink.ts"]);
start("idp", "npx", ["tsx", "scripts/dev-idp.ts"]);
start("worker", "npx", ["tsx", "watch", "--clear-screen=false", "jobs/worker.ts"]);
start("web", "npx", ["next", "dev", "-p", String(PORTS.web)]);

for (let i = 0; i < 120; i++) {
  if (stopping) break;
  const ok = await fetch(`http://localhost:${PORTS.web}/api/health`).then((r) => r.ok, () => false);
  if (ok) {
    console.log(`
\x1b[1mSwitchboard is running\x1b[0m
  web app        http://localhost:${PORTS.web}            (sign up at /signup, sign in at /login)
  mail inbox     http://localhost:${PORTS.inbox}            (every email the app sends)
  dev IdP        http://localhost:${PORTS.idp}            (any password; consent with "Continue")
  health         http://localhost:${PORTS.web}/api/health
  SMTP sink      smtp://127.0.0.1:${PORTS.smtp}

\x1b[1mDemo logins\x1b[0m (type the email at /login; the dev IdP accepts any password)
${seed.output.split("\n").filter((l) => l.startsWith("  ")).join("\n")}

Ctrl-C stops everything.
`);
    break;
  }
  await new Promise((r) => setTimeout(r, 1000));
}
