/** The web process's handles on the `email` and `events` queues and their Redis connection, opened on first use. */
import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { env } from "@/env";
import { logger } from "@/server/logger";
import { emailQueue, eventsQueue, redisConnection } from "../../../jobs/queues";

const g = globalThis as unknown as { __sbRedis?: Redis; __sbEmailQueue?: Queue; __sbEventsQueue?: Queue };

function redis(): Redis {
  g.__sbRedis ??= redisConnection(env().REDIS_URL);
  return g.__sbRedis;
}

export function getEmailQueue(): Queue {
  g.__sbEmailQueue ??= emailQueue({ connection: redis(), prefix: env().QUEUE_PREFIX });
  return g.__sbEmailQueue;
}

export function getEventsQueue(): Queue {
  g.__sbEventsQueue ??= eventsQueue({ connection: redis(), prefix: env().QUEUE_PREFIX });
  return g.__sbEventsQueue;
}

export async function pingRedis(): Promise<void> {
  await redis().ping();
}

/**
 * Hands outbox rows to their queue once their unit of work has committed, each row's id as its
 * job id. Redis being unreachable loses nothing: the rows stay pending and the relay
 * (jobs/outbox.ts) enqueues them later, so a failure is logged, never thrown at the caller.
 */
export async function enqueueRows<T extends object>(queue: Queue, name: string, rows: readonly { id: string; data: T }[]): Promise<void> {
  try {
    await queue.addBulk(rows.map(({ id, data }) => ({ name, data, opts: { jobId: id } })));
  } catch (err) {
    logger.warn({ err, queue: queue.name, ids: rows.map((r) => r.id) }, "queue unreachable; the outbox relay will enqueue these later");
  }
}
