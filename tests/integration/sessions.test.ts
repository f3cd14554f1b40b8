/**
 * Sessions that end, against the real database and the real request path: a session cookie
 * as Auth.js issues it, sent to the tRPC route handler and to the check pages make
 * (`sessionOf`, what `currentUser()` runs). Signing out, "sign out of all devices", removing a
 * member and removing a role take effect on the very next request.
 */
import { QueueEvents, Worker } from "bullmq";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as trpcGet } from "@/app/api/trpc/[trpc]/route";
import { handlers, sessionOf } from "@/server/auth";
import type { SessionClaims } from "@/server/auth/session-user";
import { deleteEndedSessions, endAllSessions, endSession, endSessionByToken, listSessions, startSession } from "@/server/auth/sessions";
import { env } from "@/env";
import { maintenanceQueue, QUEUE_NAMES, redisConnection } from "../../jobs/queues";
import { scheduleSessionCleanup, SESSION_CLEANUP, sessionCleanupHandler } from "../../jobs/session-cleanup";
import { callerFor, makeTenant, ownerDb } from "../support/fixtures";

const APP = process.env.APP_URL!;
const COOKIE = "authjs.session-token";
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
const MIN = 60_000;
const HOUR = 60 * MIN;

type Person = { user: { id: string; email: string; name: string } };

/** Signs `p` in as config.ts's jwt callback does: a session row, and a cookie naming it. */
async function signIn(p: Person, now = new Date()) {
  const session = await startSession(p.user.id, { userAgent: CHROME, ipAddress: "203.0.113.7" }, now);
  const claims: SessionClaims = { uid: p.user.id, sid: session.token, email: p.user.email, name: p.user.name, signIn: { method: "email" } };
  const jwt = await encode({ token: claims, secret: process.env.AUTH_SECRET!, salt: COOKIE });
  return { ...session, headers: new Headers({ cookie: `${COOKIE}=${jwt}` }) };
}

/** A tRPC query through the route handler the browser calls, with this browser's cookie. */
async function trpc(path: string, cookie: Headers, slug?: string): Promise<{ status: number; code?: string }> {
  const headers = new Headers(cookie);
  if (slug) headers.set("x-tenant-slug", slug);
  const res = await trpcGet(new Request(`${APP}/api/trpc/${path}`, { headers }));
  const body = (await res.json()) as { error?: { json?: { data?: { code?: string } } } };
  return { status: res.status, code: body.error?.json?.data?.code };
}

describe("a signed-in session", () => {
  it("is accepted by tRPC and by pages, and names this browser's session", async () => {
    const t = await makeTenant("sess");
    const s = await signIn(t.admin);
    expect(await trpc("identity.myTenants", s.headers)).toEqual({ status: 200, code: undefined });
    expect(await trpc("members.list", s.headers, t.slug)).toEqual({ status: 200, code: undefined });
    expect(await sessionOf(s.headers)).toEqual({
      user: { id: t.admin.user.id, email: t.admin.user.email, name: t.admin.user.name, signIn: { method: "email" } },
      sessionId: s.id,
    });
  });

  it("is stored as a hash of its token, never the token", async () => {
    const t = await makeTenant("hash");
    const s = await signIn(t.admin);
    const row = await ownerDb().userSession.findUniqueOrThrow({ where: { id: s.id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(s.token);
  });

  it("is refused without a cookie, with a cookie Auth.js did not sign, and with one naming no session", async () => {
    expect(await trpc("identity.myTenants", new Headers())).toMatchObject({ status: 401, code: "UNAUTHORIZED" });
    expect(await sessionOf(new Headers({ cookie: `${COOKIE}=forged` }))).toBeNull();
    const t = await makeTenant("ghost");
    const claims: SessionClaims = { uid: t.admin.user.id, sid: "no-such-session-token-000000000000", email: t.admin.user.email, name: "", signIn: { method: "email" } };
    const ghost = new Headers({ cookie: `${COOKIE}=${await encode({ token: claims, secret: process.env.AUTH_SECRET!, salt: COOKIE })}` });
    expect(await sessionOf(ghost)).toBeNull();
  });

  it("is refused when the cookie's person is not the session's", async () => {
    const t = await makeTenant("swap");
    const theirs = await startSession(t.tech.user.id, { userAgent: null, ipAddress: null });
    const claims: SessionClaims = { uid: t.admin.user.id, sid: theirs.token, email: t.admin.user.email, name: "", signIn: { method: "email" } };
    const swapped = new Headers({ cookie: `${COOKIE}=${await encode({ token: claims, secret: process.env.AUTH_SECRET!, salt: COOKIE })}` });
    expect(await sessionOf(swapped)).toBeNull();
  });
});

describe("signing out", () => {
  it("ends the session on the server: the same cookie is refused by tRPC (401) and by pages", async () => {
    const t = await makeTenant("out");
    const s = await signIn(t.admin);
    const copy = new Headers(s.headers);
    expect(await endSession(t.admin.user.id, s.id)).toBe(true);
    expect(await trpc("identity.myTenants", copy)).toEqual({ status: 401, code: "UNAUTHORIZED" });
    expect(await trpc("members.list", copy, t.slug)).toEqual({ status: 401, code: "UNAUTHORIZED" });
    expect(await sessionOf(copy)).toBeNull();
  });

  it("through Auth.js's own sign-out endpoint ends it too, and its session endpoint then says signed out", async () => {
    const t = await makeTenant("authjs");
    const s = await signIn(t.admin);
    const session = () => handlers.GET(new NextRequest(`${APP}/api/auth/session`, { headers: s.headers }));
    expect(await (await session()).json()).toMatchObject({ sbUser: { id: t.admin.user.id } });

    const csrf = await handlers.GET(new NextRequest(`${APP}/api/auth/csrf`));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const out = await handlers.POST(
      new NextRequest(`${APP}/api/auth/signout`, {
        method: "POST",
        headers: { cookie: `${s.headers.get("cookie")}; ${csrfCookie}`, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, callbackUrl: `${APP}/login` }),
      }),
    );
    expect(out.status).toBe(302);
    expect(await sessionOf(s.headers)).toBeNull();
    const after = await session();
    expect(await after.json()).toBeNull();
    expect(after.headers.getSetCookie().join()).toMatch(new RegExp(`${COOKIE}=;`));
  });

  it("with the token in hand (the sign-out event) ends that session only", async () => {
    const t = await makeTenant("tok");
    const [a, b] = [await signIn(t.admin), await signIn(t.admin)];
    await endSessionByToken(a.token);
    expect(await sessionOf(a.headers)).toBeNull();
    expect(await sessionOf(b.headers)).not.toBeNull();
  });

  it("cannot end another person's session by its id", async () => {
    const t = await makeTenant("steal");
    const tech = await signIn(t.tech);
    expect(await endSession(t.admin.user.id, tech.id)).toBe(false);
    expect(await sessionOf(tech.headers)).not.toBeNull();
  });
});

describe("sign out of all devices", () => {
  it("ends every session of that person and no one else's", async () => {
    const t = await makeTenant("all");
    const [laptop, phone, other] = [await signIn(t.admin), await signIn(t.admin), await signIn(t.tech)];
    expect(await endAllSessions(t.admin.user.id)).toBe(2);
    for (const s of [laptop, phone]) {
      expect(await trpc("identity.myTenants", s.headers)).toEqual({ status: 401, code: "UNAUTHORIZED" });
      expect(await sessionOf(s.headers)).toBeNull();
    }
    expect(await trpc("identity.myTenants", other.headers)).toEqual({ status: 200, code: undefined });
    expect(await listSessions(t.admin.user.id, laptop.id)).toEqual([]);
    expect((await listSessions(t.tech.user.id, other.id)).map((x) => x.id)).toEqual([other.id]);
  });
});

describe("your sessions", () => {
  it("lists the person's active sessions, most recent first, with the device and this one marked", async () => {
    const t = await makeTenant("list");
    const old = await signIn(t.admin, new Date(Date.now() - 2 * HOUR));
    const now = await signIn(t.admin);
    const ended = await signIn(t.admin);
    await endSession(t.admin.user.id, ended.id);
    const list = await listSessions(t.admin.user.id, now.id);
    expect(list.map((s) => [s.id, s.current])).toEqual([
      [now.id, true],
      [old.id, false],
    ]);
    expect(list[0]).toMatchObject({ userAgent: CHROME, ipAddress: "203.0.113.7" });
  });
});

describe("time", () => {
  it("ends a session after the idle timeout, and refreshes last-seen only every few minutes", async () => {
    const t = await makeTenant("idle");
    const start = new Date();
    const s = await signIn(t.admin, start);
    const lastSeen = async () => (await ownerDb().userSession.findUniqueOrThrow({ where: { id: s.id } })).lastSeenAt;

    expect(await sessionOf(s.headers, new Date(start.getTime() + 2 * MIN))).not.toBeNull();
    expect(await lastSeen()).toEqual(start);
    const later = new Date(start.getTime() + 6 * MIN);
    expect(await sessionOf(s.headers, later)).not.toBeNull();
    expect(await lastSeen()).toEqual(later);

    expect(await sessionOf(s.headers, new Date(later.getTime() + 24 * HOUR - MIN))).not.toBeNull();
    const seen = await lastSeen();
    expect(await sessionOf(s.headers, new Date(seen.getTime() + 24 * HOUR))).toBeNull();
  });

  it("ends a session at its absolute lifetime however busy it is", async () => {
    const t = await makeTenant("life");
    const start = new Date();
    const s = await signIn(t.admin, start);
    for (let h = 20; h < 168; h += 20) expect(await sessionOf(s.headers, new Date(start.getTime() + h * HOUR))).not.toBeNull();
    expect(await sessionOf(s.headers, new Date(start.getTime() + 168 * HOUR))).toBeNull();
  });

  it("the clean-up deletes ended sessions and keeps active ones", async () => {
    const t = await makeTenant("clean");
    const now = new Date();
    const active = await signIn(t.admin, now);
    const revoked = await signIn(t.admin, now);
    await endSession(t.admin.user.id, revoked.id);
    const idle = await signIn(t.admin, new Date(now.getTime() - 25 * HOUR));
    const expired = await signIn(t.tech, new Date(now.getTime() - 169 * HOUR));
    await ownerDb().userSession.update({ where: { id: expired.id }, data: { lastSeenAt: new Date(now.getTime() - HOUR) } });

    expect(await deleteEndedSessions(ownerDb(), now)).toBeGreaterThanOrEqual(3);
    const left = await ownerDb().userSession.findMany({ where: { id: { in: [active.id, revoked.id, idle.id, expired.id] } }, select: { id: true } });
    expect(left.map((r) => r.id)).toEqual([active.id]);
  });
});

describe("membership changes take effect on the next request", () => {
  it("a removed member's next request is refused, pages and tRPC alike", async () => {
    const t = await makeTenant("removed");
    const tech = await signIn(t.tech);
    expect(await trpc("directory.members", tech.headers, t.slug)).toMatchObject({ status: 200 });
    const member = (await callerFor(t.adminUser, t.slug).members.list()).find((m) => m.userId === t.tech.user.id)!;
    await callerFor(t.adminUser, t.slug).members.remove({ memberId: member.id });
    expect(await trpc("directory.members", tech.headers, t.slug)).toEqual({ status: 404, code: "NOT_FOUND" });
    // Still signed in (other workspaces may be theirs), but no longer a member of this one.
    expect(await trpc("identity.myTenants", tech.headers)).toMatchObject({ status: 200 });
  });

  it("a member whose ADMIN role is removed is FORBIDDEN an admin procedure at once", async () => {
    const t = await makeTenant("demoted");
    const second = await ownerDb().membership.update({ where: { tenantId_userId: { tenantId: t.tenant.id, userId: t.tech.user.id } }, data: { roles: ["ADMIN"] } });
    const s = await signIn(t.tech);
    expect(await trpc("members.list", s.headers, t.slug)).toMatchObject({ status: 200 });
    await callerFor(t.adminUser, t.slug).members.updateRoles({ memberId: second.id, roles: ["TECHNICIAN"] });
    expect(await trpc("members.list", s.headers, t.slug)).toEqual({ status: 403, code: "FORBIDDEN" });
  });
});

describe("the daily clean-up job", () => {
  it("is scheduled every day, and a run deletes the ended sessions", async () => {
    const connection = redisConnection(env().REDIS_URL);
    const queue = maintenanceQueue({ connection, prefix: env().QUEUE_PREFIX });
    const events = new QueueEvents(QUEUE_NAMES.maintenance, { connection: redisConnection(env().REDIS_URL), prefix: env().QUEUE_PREFIX });
    const worker = new Worker(QUEUE_NAMES.maintenance, sessionCleanupHandler(ownerDb()), { connection: redisConnection(env().REDIS_URL), prefix: env().QUEUE_PREFIX });
    try {
      await scheduleSessionCleanup(queue);
      await scheduleSessionCleanup(queue); // the worker registers it at each start: still one
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.filter((x) => x.key === SESSION_CLEANUP.scheduler)).toEqual([expect.objectContaining({ pattern: "17 3 * * *", tz: "UTC" })]);

      const t = await makeTenant("job");
      const gone = await signIn(t.admin);
      const kept = await signIn(t.admin);
      await endSession(t.admin.user.id, gone.id);
      await events.waitUntilReady();
      const job = await queue.add(SESSION_CLEANUP.job, {});
      expect(await job.waitUntilFinished(events, 15_000)).toMatchObject({ deleted: expect.any(Number) });
      const left = await ownerDb().userSession.findMany({ where: { id: { in: [gone.id, kept.id] } }, select: { id: true } });
      expect(left.map((r) => r.id)).toEqual([kept.id]);
    } finally {
      await queue.removeJobScheduler(SESSION_CLEANUP.scheduler);
      await Promise.all([worker.close(), events.close(), queue.close()]);
      connection.disconnect();
    }
  });
});
