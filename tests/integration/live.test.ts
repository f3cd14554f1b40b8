/**
 * Live refresh against real Redis: changes published by one process reach every web process
 * (each is one subscriber connection, played here by two of our own), and the `live.changes`
 * subscription delivers only what concerns its page, only within its tenant, to members only,
 * and lets go of its listener when the browser leaves. Last, the same subscription over the
 * route handler the browser calls: an SSE stream naming its tenant in the connection params.
 */
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import superjson from "superjson";
import { afterAll, describe, expect, it } from "vitest";
import { GET as trpcGet } from "@/app/api/trpc/[trpc]/route";
import { startSession } from "@/server/auth/sessions";
import type { SessionClaims } from "@/server/auth/session-user";
import { closeLive, createChangePublisher, liveSubscriber, publishChange, type LiveChange } from "@/server/live/changes";
import { createChangeSubscriber } from "@/server/live/fan-out";
import { logger } from "@/server/logger";
import { createCaller } from "@/server/root";
import { createContext } from "@/server/trpc";
import { callerFor, failure, makeTenant } from "../support/fixtures";
import { closeLiveProbe, nextWithin, publishRaw, subscriberCount, tenantChannel, waitForSubscribers } from "../support/live";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const PREFIX = process.env.QUEUE_PREFIX!;
const log = logger.child({ test: "live" });

const change = (tenantId: string, over: Partial<LiveChange> = {}): LiveChange => ({ tenantId, projectIds: [], membershipIds: [], at: Date.now(), ...over });

afterAll(async () => {
  await closeLive();
  await closeLiveProbe();
});

describe("changes across processes", () => {
  it("reach two separate subscriber connections well within the 2 s budget", async () => {
    const tenantId = randomUUID();
    const web1 = createChangeSubscriber({ redisUrl: REDIS_URL, prefix: PREFIX, log });
    const web2 = createChangeSubscriber({ redisUrl: REDIS_URL, prefix: PREFIX, log });
    const worker = createChangePublisher({ redisUrl: REDIS_URL, prefix: PREFIX, log });
    const ac = new AbortController();
    try {
      const [s1, s2] = [web1.changes(tenantId, ac.signal), web2.changes(tenantId, ac.signal)];
      await waitForSubscribers(tenantChannel(tenantId), 2);
      const sent = change(tenantId, { projectIds: [randomUUID()] });
      const started = Date.now();
      await worker.publish(sent);
      expect(await Promise.all([nextWithin(s1, 2000), nextWithin(s2, 2000)])).toEqual([
        { value: sent, done: false },
        { value: sent, done: false },
      ]);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      ac.abort();
      await Promise.all([web1.close(), web2.close(), worker.close()]);
    }
  });

  it("fan out from one connection per process, which leaves the channel when its last listener does", async () => {
    const tenantId = randomUUID();
    const web = createChangeSubscriber({ redisUrl: REDIS_URL, prefix: PREFIX, log });
    try {
      const tabs = [new AbortController(), new AbortController(), new AbortController()];
      const streams = tabs.map((tab) => web.changes(tenantId, tab.signal));
      await waitForSubscribers(tenantChannel(tenantId), 1);
      const sent = change(tenantId);
      await publishChange(sent);
      for (const s of streams) expect(await nextWithin(s, 2000)).toEqual({ value: sent, done: false });
      expect(web.listenerCount(tenantId)).toBe(3);
      for (const tab of tabs) tab.abort();
      expect(web.listenerCount()).toBe(0);
      await expect.poll(async () => (await subscriberCount(tenantChannel(tenantId))) === 0).toBe(true);
    } finally {
      await web.close();
    }
  });

  it("drop a message on a tenant's channel that names another tenant or is malformed", async () => {
    const tenantId = randomUUID();
    const web = createChangeSubscriber({ redisUrl: REDIS_URL, prefix: PREFIX, log });
    const ac = new AbortController();
    try {
      const s = web.changes(tenantId, ac.signal);
      await waitForSubscribers(tenantChannel(tenantId), 1);
      await publishRaw(tenantChannel(tenantId), JSON.stringify(change(randomUUID())));
      await publishRaw(tenantChannel(tenantId), "{not json");
      const mine = change(tenantId);
      await publishChange(mine);
      // Same order on the channel: had either of the first two got through, it would be first.
      expect(await nextWithin(s, 2000)).toEqual({ value: mine, done: false });
    } finally {
      ac.abort();
      await web.close();
    }
  });

  it("are published without failing the caller when Redis is unreachable", async () => {
    const dead = createChangePublisher({ redisUrl: "redis://127.0.0.1:1", prefix: PREFIX, log, timeoutMs: 200 });
    try {
      await expect(dead.publish(change(randomUUID()))).resolves.toBeUndefined();
      // A malformed change is refused before it reaches Redis, also without a throw.
      await expect(dead.publish({ tenantId: "nope", projectIds: [], membershipIds: [], at: 1 })).resolves.toBeUndefined();
    } finally {
      await dead.close();
    }
  });
});

describe("live.changes", () => {
  it("yields for its project, not for another project nor the same project in another tenant", async () => {
    const [a, b] = [await makeTenant("live-a"), await makeTenant("live-b")];
    const project = randomUUID();
    const stream = (await callerFor(a.adminUser, a.slug).live.changes({ projectId: project }))[Symbol.asyncIterator]();
    try {
      await waitForSubscribers(tenantChannel(a.tenant.id), 1);
      await publishChange(change(a.tenant.id, { projectIds: [randomUUID()], membershipIds: [a.admin.membership.id], at: 1 }));
      await publishChange(change(b.tenant.id, { projectIds: [project], at: 2 }));
      await publishChange(change(a.tenant.id, { projectIds: [randomUUID(), project], at: 3 }));
      // Published in this order from one connection, so had either of the first two got
      // through, it would be the first value.
      expect(await nextWithin(stream, 2000)).toEqual({ value: { at: 3 }, done: false });
    } finally {
      await stream.return?.();
    }
  });

  it("yields for My day when the change names the caller's membership", async () => {
    const a = await makeTenant("live-day");
    const stream = (await callerFor(a.adminUser, a.slug).live.changes({}))[Symbol.asyncIterator]();
    try {
      await waitForSubscribers(tenantChannel(a.tenant.id), 1);
      await publishChange(change(a.tenant.id, { projectIds: [randomUUID()], membershipIds: [a.tech.membership.id], at: 1 }));
      await publishChange(change(a.tenant.id, { membershipIds: [a.tech.membership.id, a.admin.membership.id], at: 2 }));
      expect(await nextWithin(stream, 2000)).toEqual({ value: { at: 2 }, done: false });
    } finally {
      await stream.return?.();
    }
  });

  it("is NOT_FOUND for a member of another tenant, UNAUTHORIZED signed out, BAD_REQUEST for a bad id", async () => {
    const [a, b] = [await makeTenant("live-iso-a"), await makeTenant("live-iso-b")];
    expect((await failure(callerFor(b.adminUser, a.slug).live.changes({}))).code).toBe("NOT_FOUND");
    expect((await failure(callerFor(null, a.slug).live.changes({}))).code).toBe("UNAUTHORIZED");
    expect((await failure(callerFor(a.adminUser, a.slug).live.changes({ projectId: "not-an-id" }))).code).toBe("BAD_REQUEST");
    expect(liveSubscriber().listenerCount(a.tenant.id)).toBe(0);
  });

  it("ends and removes its listener when the browser goes (the signal aborts)", async () => {
    const a = await makeTenant("live-abort");
    const ac = new AbortController();
    const caller = createCaller(createContext({ requestId: "live-abort", user: a.adminUser, tenantSlug: a.slug }), { signal: ac.signal });
    const stream = (await caller.live.changes({}))[Symbol.asyncIterator]();
    expect(liveSubscriber().listenerCount(a.tenant.id)).toBe(1);
    const pending = stream.next();
    ac.abort();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(liveSubscriber().listenerCount(a.tenant.id)).toBe(0);
    expect(liveSubscriber().listenerCount()).toBe(0);
    await expect.poll(async () => (await subscriberCount(tenantChannel(a.tenant.id))) === 0).toBe(true);
  });
});

describe("live.changes over the route handler", () => {
  const COOKIE = "authjs.session-token";

  it("streams SSE to a signed-in member whose page names the tenant in the connection params", async () => {
    const a = await makeTenant("live-sse");
    const session = await startSession(a.admin.user.id, { userAgent: "vitest", ipAddress: "203.0.113.9" });
    const claims: SessionClaims = { uid: a.admin.user.id, sid: session.token, email: a.admin.user.email, name: a.admin.user.name, signIn: { method: "email" } };
    const cookie = `${COOKIE}=${await encode({ token: claims, secret: process.env.AUTH_SECRET!, salt: COOKIE })}`;
    const project = randomUUID();
    const url = new URL(`${process.env.APP_URL}/api/trpc/live.changes`);
    url.searchParams.set("input", JSON.stringify(superjson.serialize({ projectId: project })));
    url.searchParams.set("connectionParams", JSON.stringify({ tenantSlug: a.slug }));
    const ac = new AbortController();
    const res = await trpcGet(new Request(url, { headers: { cookie }, signal: ac.signal }));
    try {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/event-stream");
      const events = sseEvents(res.body!);
      expect((await events.next()).value?.event).toBe("connected");
      await waitForSubscribers(tenantChannel(a.tenant.id), 1);
      await publishChange(change(a.tenant.id, { projectIds: [project], at: 42 }));
      const data = await events.next();
      expect(data.value?.event).toBe("message");
      expect(superjson.deserialize(JSON.parse(data.value!.data) as Parameters<typeof superjson.deserialize>[0])).toEqual({ at: 42 });
    } finally {
      ac.abort();
    }
    await expect.poll(() => liveSubscriber().listenerCount(a.tenant.id)).toBe(0);
  });
});

/** The events of an SSE body (event name defaults to "message"), skipping comments and pings. */
async function* sseEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<{ event: string; data: string }> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    text += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = text.indexOf("\n\n")) >= 0) {
      const block = text.slice(0, end);
      text = text.slice(end + 2);
      const fields = block.split("\n").filter((l) => !l.startsWith(":"));
      const event = fields.find((l) => l.startsWith("event:"))?.slice(6).trim() ?? "message";
      const data = fields.filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trimStart()).join("\n");
      if (event !== "ping" && fields.length > 0) yield { event, data };
    }
  }
}
