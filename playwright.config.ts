/**
 * Browser tests in Debian's Chromium (never a downloaded browser) against a production
 * build. scripts/test.mjs prepares the database and environment (E2E_* variables); run
 * alone, `npx playwright test` reuses servers already running on the e2e ports.
 */
import { defineConfig } from "@playwright/test";
import { E2E } from "./e2e/fixtures/env";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } as Record<string, string>;

export default defineConfig({
  testDir: "./e2e",
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  outputDir: "test-results",
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "journeys", testMatch: /.*\.spec\.ts/, dependencies: ["setup"] },
  ],
  use: {
    baseURL: E2E.appUrl,
    browserName: "chromium",
    locale: "en-GB",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: [
    { command: "npx tsx scripts/mail-sink.ts", url: `${E2E.mailUrl}/api/messages`, reuseExistingServer: !process.env.CI, env },
    { command: "npx tsx scripts/dev-idp.ts", url: `${E2E.idpUrl}/.well-known/openid-configuration`, reuseExistingServer: !process.env.CI, env },
    { command: "npx tsx jobs/worker.ts", wait: { stdout: /worker ready/ }, reuseExistingServer: !process.env.CI, env, gracefulShutdown: { signal: "SIGTERM", timeout: 5000 } },
    { command: `npx next start -p ${E2E.appPort} -H 127.0.0.1`, url: `${E2E.appUrl}/api/health`, reuseExistingServer: !process.env.CI, timeout: 60_000, env },
  ],
});
