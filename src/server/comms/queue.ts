/** The web process's handles on the `email` and `events` queues and their Redis connection, opened on first use. */
import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { env } from "@/env";
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
