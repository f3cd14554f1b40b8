/**
 * Live refresh across processes (issue 10): whoever commits a change to a project PUBLISHes a
 * LiveChange on the tenant's Redis channel; every web process relays it to the browsers
 * watching (routers/live). Redis pub/sub is fire-and-forget on purpose: a missed refresh costs
 * a stale screen until the next one, never data, so publishing never fails its caller.
 *
 * The worker builds its own publisher with `createChangePublisher` (its Redis URL and prefix
 * come from its options, not this process's env); the web process uses the defaults below,
 * one publisher and one subscriber connection kept on globalThis so hot reloads reuse them.
 */
import { env } from "@/env";
import { logger, type Logger } from "@/server/logger";
import { redisConnection } from "../../../jobs/queues";
import { createChangeSubscriber, type ChangeSubscriber } from "./fan-out";
import { liveChange, liveChannel, type LiveChange } from "./message";

export { changeConcerns, liveChange, parseChange, type LiveChange, type LiveInterest } from "./message";
export type { ChangeSubscriber } from "./fan-out";

export type ChangePublisher = {
  /** Resolves once Redis took the message, or once it gave up: never rejects. */
  publish(change: LiveChange): Promise<void>;
  close(): Promise<void>;
};

export type ChangePublisherOptions = {
  redisUrl: string;
  prefix: string;
  log?: Logger;
  /** The connection retries forever (jobs/queues.ts); a job waits this long at most. */
  timeoutMs?: number;
};

export function createChangePublisher({ redisUrl, prefix, log = logger, timeoutMs = 2000 }: ChangePublisherOptions): ChangePublisher {
  const redis = redisConnection(redisUrl);
  redis.on("error", (err) => log.warn({ err }, "live publisher connection error"));
  return {
    async publish(change) {
      const valid = liveChange.safeParse(change);
      if (!valid.success) {
        log.error({ issues: valid.error.issues }, "live change not published: malformed");
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), timeoutMs);
      });
      try {
        const sent = redis.publish(liveChannel(prefix, change.tenantId), JSON.stringify(valid.data));
        if ((await Promise.race([sent, timeout])) === "timeout") log.warn({ tenantId: change.tenantId }, "live change not published: Redis did not answer");
      } catch (err) {
        log.warn({ err, tenantId: change.tenantId }, "live change not published");
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      // QUIT waits for a connection that may never come (it retries forever): only when up.
      if (redis.status === "ready") await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}

const g = globalThis as unknown as { __sbLivePublisher?: ChangePublisher; __sbLiveSubscriber?: ChangeSubscriber };
const liveLog = () => logger.child({ module: "live" });

/** The web process's publisher, opened on first use. */
export function publishChange(change: LiveChange): Promise<void> {
  g.__sbLivePublisher ??= createChangePublisher({ redisUrl: env().REDIS_URL, prefix: env().QUEUE_PREFIX, log: liveLog() });
  return g.__sbLivePublisher.publish(change);
}

/** The web process's one subscriber connection, shared by every stream it serves. */
export function liveSubscriber(): ChangeSubscriber {
  g.__sbLiveSubscriber ??= createChangeSubscriber({ redisUrl: env().REDIS_URL, prefix: env().QUEUE_PREFIX, log: liveLog() });
  return g.__sbLiveSubscriber;
}

/** A tenant's changes until `signal` aborts (or the consumer returns); see ChangeSubscriber. */
export function subscribeChanges(tenantId: string, signal?: AbortSignal, accept?: (change: LiveChange) => boolean): AsyncIterableIterator<LiveChange> {
  return liveSubscriber().changes(tenantId, signal, accept);
}

/** Closes the web defaults (tests, shutdown); the next use opens them again. */
export async function closeLive(): Promise<void> {
  const { __sbLivePublisher: publisher, __sbLiveSubscriber: subscriber } = g;
  g.__sbLivePublisher = undefined;
  g.__sbLiveSubscriber = undefined;
  await Promise.all([publisher?.close(), subscriber?.close()]);
}
