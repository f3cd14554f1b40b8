#!/usr/bin/env node
/**
 * `npm test`: type-check, lint, migrations-in-sync, unit, integration (real PostgreSQL and
 * Redis), production build, and browser journeys (Playwright in Debian's Chromium) against a
 * throwaway database seeded with the demo. Prints a summary; the last line is
 * `N passed, N failed` (checks count one each, test suites count their tests).
 *
 * For a narrower run while working: `npm test -- --only=unit,integration` picks stages
 * (checks, unit, integration, e2e; e2e includes the build), and arguments after a second
 * `--` go to Playwright (`npm test -- --only=e2e -- e2e/deals.spec.ts`). E2E_PORT_OFFSET
 * moves the e2e servers' ports so two checkouts can run their journeys side by side.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { ensureSystem, run } from "./lib/run.mjs";

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const tmp = `.test-output`;
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

const argv = process.argv.slice(2);
const split = argv.indexOf("--");
const ownArgs = split < 0 ? argv : argv.slice(0, split);
const playwrightArgs = split < 0 ? [] : argv.slice(split + 1);
const STAGES = ["checks", "unit", "integration", "e2e"];
const only = ownArgs.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");
const unknown = only?.filter((s) => !STAGES.includes(s)) ?? [];
if (unknown.length) {
  console.error(`Unknown stage(s) ${unknown.join(", ")}: choose among ${STAGES.join(", ")}.`);
  process.exit(2);
}
const runs = (stage) => !only || only.includes(stage);
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const port = (p) => String(p + offset);

const results = [];
const started = Date.now();

function record(name, passed, failed, seconds, note = "") {
  results.push({ name, passed, failed, seconds, note });
  const mark = failed > 0 ? "✗" : "✓";
  console.log(`\n${mark} ${name}: ${passed} passed, ${failed} failed (${seconds.toFixed(1)} s)${note ? ` — ${note}` : ""}\n`);
}

async function check(name, cmd, args, env) {
  const t = Date.now();
  console.log(`\n▶ ${name}`);
  const { code } = await run(cmd, args, { env });
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1, (Date.now() - t) / 1000);
  return code === 0;
}

async function vitest(project) {
  const t = Date.now();
  const out = `${tmp}/vitest-${project}.json`;
  console.log(`\n▶ ${project} tests`);
  const { code } = await run("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  const seconds = (Date.now() - t) / 1000;
  if (!existsSync(out)) return record(`${project} tests`, 0, 1, seconds, `vitest exited ${code} without a report`);
  const r = JSON.parse(readFileSync(out, "utf8"));
  const failedSuites = r.numFailedTestSuites ?? 0;
  record(`${project} tests`, r.numPassedTests, r.numFailedTests + (r.numFailedTests === 0 && (code !== 0 || failedSuites) ? 1 : 0), seconds, failedSuites ? `${failedSuites} file(s) failed to run` : "");
}

async function e2e() {
  const t = Date.now();
  console.log("\n▶ browser journeys (Playwright)");
  const suffix = randomBytes(4).toString("hex");
  const dbName = `sb_e2e_${suffix}`;
  const u = new URL(ADMIN_URL);
  u.pathname = `/${dbName}`;
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: u.toString(),
    APP_DATABASE_URL: "",
    SYSTEM_DATABASE_URL: "",
    AUTH_SECRET: randomBytes(32).toString("base64"),
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    QUEUE_PREFIX: `{sbe2e-${suffix}}`,
    E2E_APP_PORT: port(3100),
    APP_URL: `http://localhost:${port(3100)}`,
    DEV_IDP_PORT: port(4100),
    DEV_IDP_ISSUER: `http://localhost:${port(4100)}`,
    MAIL_SINK_SMTP_PORT: port(1125),
    MAIL_SINK_HTTP_PORT: port(8125),
    SMTP_URL: `smtp://127.0.0.1:${port(1125)}`,
    // The SSO journey starts a DNS server here and publishes the records it verifies.
    E2E_DNS_PORT: port(5300),
    DNS_SERVERS: `127.0.0.1:${port(5300)}`,
    LOG_LEVEL: "warn",
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${tmp}/playwright.json`,
  };
  const sql = (q) => run("psql", [ADMIN_URL, "-v", "ON_ERROR_STOP=1", "-qc", q], { quiet: true });
  try {
    if ((await sql(`CREATE DATABASE "${dbName}"`)).code !== 0) return record("browser journeys", 0, 1, 0, "could not create the e2e database");
    const migrate = await run("npm", ["run", "--silent", "db:deploy"], { env, quiet: true });
    if (migrate.code !== 0) return record("browser journeys", 0, 1, 0, `migrations failed:\n${migrate.output}`);
    const seed = await run("npx", ["tsx", "prisma/seed/index.ts"], { env, quiet: true });
    if (seed.code !== 0) return record("browser journeys", 0, 1, 0, `seed failed:\n${seed.output}`);
    rmSync("e2e/.auth", { recursive: true, force: true });
    mkdirSync("e2e/.auth", { recursive: true });
    const { code } = await run("npx", ["playwright", "test", ...playwrightArgs], { env: { ...env, CI: process.env.CI ?? "1" } });
    const seconds = (Date.now() - t) / 1000;
    const report = `${tmp}/playwright.json`;
    if (!existsSync(report)) return record("browser journeys", 0, 1, seconds, `playwright exited ${code} without a report`);
    const s = JSON.parse(readFileSync(report, "utf8")).stats;
    const failed = s.unexpected + (s.unexpected === 0 && code !== 0 ? 1 : 0);
    record("browser journeys", s.expected + s.flaky, failed, seconds, s.flaky ? `${s.flaky} flaky (passed on retry)` : "");
  } finally {
    await sql(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  }
}

const system = ensureSystem();
if (system.code !== 0) {
  console.error(system.output);
  record("system services", 0, 1, 0, "PostgreSQL/Redis/Chromium missing; run scripts/system-deps.sh as root");
} else {
  if (runs("checks")) {
    await check("type-check", "npx", ["tsc", "--noEmit", "-p", "."]);
    await check("lint", "npx", ["eslint", "--max-warnings", "0", "."]);
    await check("migrations match schema.prisma", "npm", ["run", "--silent", "db:check"], { ...process.env, DATABASE_URL: ADMIN_URL });
  }
  if (runs("unit")) await vitest("unit");
  if (runs("integration")) await vitest("integration");
  if (runs("e2e")) {
    const built = await check("production build", "npx", ["next", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
    if (built) await e2e();
    else record("browser journeys", 0, 1, 0, "skipped: the build failed");
  }
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log("\nSummary");
console.log(results.map((r) => `  ${r.failed ? "✗" : "✓"} ${r.name.padEnd(32)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed ${r.seconds.toFixed(1).padStart(7)} s`).join("\n"));
console.log(`  total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
