/**
 * Bench: first-load JavaScript per route (DESIGN §8: ≤ 200 kB gzip), read from a production
 * build: the runtime every page loads plus the chunks of the route's layouts and page, as the
 * build's client-reference manifest lists them, each gzipped. Builds first when there is no
 * build yet (or BENCH_BUILD=1), since a dev build's chunks say nothing about production.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const NEXT = ".next";

type ClientManifest = Record<string, { entryJSFiles: Record<string, string[]> }>;

function ensureBuild() {
  if (existsSync(join(NEXT, "BUILD_ID")) && process.env.BENCH_BUILD !== "1") return;
  const built = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (built.status !== 0) throw new Error("next build failed");
}

/** The JS files a first visit to `route` ("/t/[tenant]/deals/page") downloads. */
function routeFiles(route: string): string[] {
  const file = join(process.cwd(), NEXT, "server/app", `${route}_client-reference-manifest.js`);
  // The manifest is a script that assigns a global; evaluating it is how Next itself reads it.
  const scope = globalThis as { self?: unknown; __RSC_MANIFEST?: ClientManifest };
  scope.self = globalThis;
  createRequire(import.meta.url)(file);
  const entries = scope.__RSC_MANIFEST?.[route]?.entryJSFiles ?? {};
  const segments = Object.keys(entries).filter((k) => route.startsWith(k.replace("[project]/src/app", "").replace(/\/(layout|page)$/, "")) || k.endsWith("/src/app/layout"));
  const root = (JSON.parse(readFileSync(join(NEXT, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] }).rootMainFiles;
  return [...new Set([...root, ...segments.flatMap((k) => entries[k] ?? [])])];
}

export function firstLoadJs(routes: string[]): { route: string; files: number; kB: number }[] {
  ensureBuild();
  return routes.map((route) => {
    const files = routeFiles(route);
    const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(NEXT, f))).length, 0);
    return { route: route.replace(/\/page$/, ""), files: files.length, kB: Math.round(bytes / 102.4) / 10 };
  });
}
