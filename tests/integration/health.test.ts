/** /api/health answers whether PostgreSQL and Redis are reachable. */
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";

describe("/api/health", () => {
  it("reports both dependencies up, with their latency, and is never cached", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as { ok: boolean; postgres: { ok: boolean; ms: number }; redis: { ok: boolean; ms: number } };
    expect(body).toMatchObject({ ok: true, postgres: { ok: true }, redis: { ok: true } });
    expect(body.postgres.ms).toBeGreaterThanOrEqual(0);
  });
});
