/**
 * Queue names and connections. PostgreSQL is the source of truth; Redis only carries work
 * (DESIGN §7). The prefix is hash-tagged (`{sb}` by default) so every key of a queue lands in
 * one Redis Cluster slot; tests pass their own prefix so runs never share keys.
 */
import { Queue, type QueueOptions } from "bullmq";
import { Redis } from "ioredis";

export const QUEUE_NAMES = { email: "email", events: "events", maintenance: "maintenance" } as const;

export function redisConnection(url: string): Redis {
  // BullMQ workers block on Redis: ioredis must retry forever rather than fail a command.
  return new Redis(url, { maxRetriesPerRequest: null, enableOfflineQueue: true });
}

export type QueueConfig = { connection: Redis; prefix: string };

export const JOB_DEFAULTS: QueueOptions["defaultJobOptions"] = {
  attempts: 5,
  backoff: { type: "exponential", delay: 2000 },
  // Completed jobs are dropped so the relay can re-add a row's job id if the row is not done.
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600 },
};

export function emailQueue(c: QueueConfig): Queue {
  return new Queue(QUEUE_NAMES.email, { connection: c.connection, prefix: c.prefix, defaultJobOptions: JOB_DEFAULTS });
}

/** Project events: the trigger cascade, re-dating, go-live effects (DESIGN §7). */
export function eventsQueue(c: QueueConfig): Queue {
  return new Queue(QUEUE_NAMES.events, { connection: c.connection, prefix: c.prefix, defaultJobOptions: JOB_DEFAULTS });
}

/** Scheduled housekeeping (today: deleting ended sessions). */
export function maintenanceQueue(c: QueueConfig): Queue {
  return new Queue(QUEUE_NAMES.maintenance, { connection: c.connection, prefix: c.prefix, defaultJobOptions: JOB_DEFAULTS });
}
