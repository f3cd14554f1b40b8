/** Helpers for live-refresh tests: watching Redis subscriptions, and waiting for a stream. */
import { Redis } from "ioredis";
import { expect } from "vitest";
import { publishChange } from "@/server/live/changes";
import { liveChannel } from "@/server/live/message";

let probe: Redis | undefined;
/** A plain connection of the test's own, for PUBSUB questions (a subscriber cannot ask them). */
function probeRedis(): Redis {
  probe ??= new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
  return probe;
}

export function tenantChannel(tenantId: string): string {
  return liveChannel(process.env.QUEUE_PREFIX!, tenantId);
}

/** How many connections Redis counts as subscribed to `channel`. */
export async function subscriberCount(channel: string): Promise<number> {
  const [, count] = (await probeRedis().call("PUBSUB", "NUMSUB", channel)) as [string, number];
  return count;
}

/** Publishes straight onto a channel, past the publisher's own checks. */
export async function publishRaw(channel: string, message: string): Promise<void> {
  await probeRedis().publish(channel, message);
}

/** Waits until Redis counts `atLeast` connections subscribed to `channel` (SUBSCRIBE is async). */
export async function waitForSubscribers(channel: string, atLeast: number, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const count = await subscriberCount(channel);
    if (count >= atLeast) return;
    if (Date.now() > until) throw new Error(`${channel} has ${count} subscribers, expected ${atLeast}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The stream's next value, or "timeout" after `ms`. */
export function nextWithin<T>(stream: AsyncIterator<T>, ms: number): Promise<IteratorResult<T> | "timeout"> {
  return Promise.race([stream.next(), new Promise<"timeout">((r) => setTimeout(() => r("timeout"), ms))]);
}

/**
 * A stream opened in tenant `own` for `projectId` hears nothing of tenant `other` about that
 * project, and does hear its own: the other tenant's change goes out first, so the first
 * value the stream gets must be its own tenant's.
 */
export async function expectHearsOnlyOwnTenant(subscription: AsyncIterable<{ at: number }>, t: { own: string; other: string; projectId: string }) {
  const stream = subscription[Symbol.asyncIterator]();
  try {
    await waitForSubscribers(tenantChannel(t.own), 1);
    await publishChange({ tenantId: t.other, projectIds: [t.projectId], membershipIds: [], at: 1 });
    await publishChange({ tenantId: t.own, projectIds: [t.projectId], membershipIds: [], at: 2 });
    expect(await nextWithin(stream, 2000)).toEqual({ value: { at: 2 }, done: false });
  } finally {
    await stream.return?.();
  }
}

export async function closeLiveProbe(): Promise<void> {
  await probe?.quit();
  probe = undefined;
}
