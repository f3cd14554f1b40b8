/** Liveness and dependencies: PostgreSQL and Redis reachability, 503 when either is down. */
import { systemDb } from "@/server/db/clients";
import { pingRedis } from "@/server/comms/queue";

export const dynamic = "force-dynamic";

async function probe(fn: () => Promise<unknown>): Promise<{ ok: boolean; ms: number; error?: string }> {
  const start = performance.now();
  try {
    await Promise.race([fn(), new Promise((_, reject) => setTimeout(() => reject(new Error("timed out after 2 s")), 2000))]);
    return { ok: true, ms: Math.round(performance.now() - start) };
  } catch (e) {
    return { ok: false, ms: Math.round(performance.now() - start), error: e instanceof Error ? e.message : String(e) };
  }
}

export async function GET() {
  const [postgres, redis] = await Promise.all([
    probe(() => systemDb().$queryRaw`SELECT 1`),
    probe(pingRedis),
  ]);
  const ok = postgres.ok && redis.ok;
  return Response.json({ ok, postgres, redis }, { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
