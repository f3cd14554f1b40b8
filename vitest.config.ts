/**
 * Two suites: `unit` (pure functions and in-process dev services, no database) and
 * `integration` (real PostgreSQL and Redis: global-setup makes a throwaway database and
 * queue prefix per run and removes them afterwards).
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = { "@": fileURLToPath(new URL("./src", import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["src/**/*.test.{ts,tsx}", "emails/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "jobs/**/*.test.ts", "prisma/seed/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // next-auth imports `next/server` without an extension, which Node's ESM resolver
          // refuses (next has no exports map); letting Vite resolve it runs the real route code.
          server: { deps: { inline: ["next-auth"] } },
          setupFiles: ["tests/integration/setup-env.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
