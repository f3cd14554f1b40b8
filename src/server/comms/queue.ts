/** The web process's handle on the `email` queue and its Redis connection, opened on first use. */
import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { env } from "@/env";
import { emailQueue, redisConnection } from "../../../jobs/queues";

const g = globalThis as unknown as { __sbRedis?: Redis; __sbEmailQueue?: Queue };

function redis(): Redis {
  g.__sbRedis ??= redisConnection(env().REDIS_URL);
  return g.__sbRedis;
}

export function getEmailQueue(): Queue {
  g.__sbEmailQueue ??= emailQueue({ connection: redis(), prefix: env().QUEUE_PREFIX });
  return g.__sbEmailQueue;
}

export async function pingRedis(): Promise<void> {
  await redis().ping();
}
