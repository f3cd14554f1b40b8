/**
 * One Redis subscriber connection per process, shared by every open live stream in it. A
 * connection per browser tab would exhaust Redis's client limit long before the web process
 * ran out of anything; instead the process SUBSCRIBEs to a tenant's channel while at least one
 * of its streams watches that tenant, and hands each message to the in-process listeners.
 */
import type { Redis } from "ioredis";
import type { Logger } from "@/server/logger";
import { redisConnection } from "../../../jobs/queues";
import { liveChannel, parseChange, type LiveChange } from "./message";
import { pushStream } from "./stream";

type Listener = (change: LiveChange) => void;

export type ChangeSubscriber = {
  /**
   * The tenant's changes from now on (the ones `accept` lets through), until `signal` aborts
   * or the consumer calls `return()` — one of the two must happen, or the listener stays.
   */
  changes(tenantId: string, signal?: AbortSignal, accept?: (change: LiveChange) => boolean): AsyncIterableIterator<LiveChange>;
  /** Open listeners, for one tenant or all: how tests see that a stream let go. */
  listenerCount(tenantId?: string): number;
  close(): Promise<void>;
};

export type ChangeSubscriberOptions = { redisUrl: string; prefix: string; log: Logger };

export function createChangeSubscriber({ redisUrl, prefix, log }: ChangeSubscriberOptions): ChangeSubscriber {
  // Opened on the first listener: a process nobody watches from holds no connection.
  let redis: Redis | undefined;
  const byTenant = new Map<string, Set<Listener>>();
  const tenantOfChannel = new Map<string, string>();

  const onMessage = (channel: string, raw: string) => {
    const tenantId = tenantOfChannel.get(channel);
    const change = parseChange(raw);
    // The channel decides the tenant: a message naming another tenant is dropped, not rerouted.
    if (!tenantId || !change || change.tenantId !== tenantId) {
      if (tenantId) log.warn({ channel }, "dropped a malformed live change");
      return;
    }
    for (const listener of byTenant.get(tenantId) ?? []) listener(change);
  };

  const connection = () => {
    if (!redis) {
      redis = redisConnection(redisUrl);
      redis.on("message", onMessage);
      // ioredis re-subscribes by itself after a reconnect; only say that it happened.
      redis.on("error", (err) => log.warn({ err }, "live subscriber connection error"));
    }
    return redis;
  };

  const add = (tenantId: string, listener: Listener) => {
    let set = byTenant.get(tenantId);
    if (!set) {
      set = new Set();
      byTenant.set(tenantId, set);
      const channel = liveChannel(prefix, tenantId);
      tenantOfChannel.set(channel, tenantId);
      // Commands go out in order, so a quick unsubscribe/subscribe pair cannot cross over.
      connection().subscribe(channel).catch((err: unknown) => log.warn({ err, tenantId }, "live subscribe failed"));
    }
    set.add(listener);
    return () => remove(tenantId, listener);
  };

  const remove = (tenantId: string, listener: Listener) => {
    const set = byTenant.get(tenantId);
    if (!set?.delete(listener) || set.size > 0) return;
    byTenant.delete(tenantId);
    const channel = liveChannel(prefix, tenantId);
    tenantOfChannel.delete(channel);
    redis?.unsubscribe(channel).catch((err: unknown) => log.warn({ err, tenantId }, "live unsubscribe failed"));
  };

  return {
    changes(tenantId, signal, accept) {
      return pushStream<LiveChange>((push) => add(tenantId, (c) => {
        if (!accept || accept(c)) push(c);
      }), signal);
    },
    listenerCount(tenantId) {
      if (tenantId !== undefined) return byTenant.get(tenantId)?.size ?? 0;
      return [...byTenant.values()].reduce((n, set) => n + set.size, 0);
    },
    async close() {
      byTenant.clear();
      tenantOfChannel.clear();
      const r = redis;
      redis = undefined;
      // QUIT waits for a connection that may never come (it retries forever): only when up.
      if (r?.status === "ready") await r.quit().catch(() => r.disconnect());
      else r?.disconnect();
    },
  };
}
