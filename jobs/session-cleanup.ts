/**
 * The `session-cleanup` job: deletes the session rows that can never be active again
 * (revoked, expired, idle past the timeout). A daily job scheduler runs it; deleting is
 * idempotent, so a run repeated or skipped changes nothing but the table's size. Why a
 * scheduled job rather than deleting a person's ended rows when they next sign in: people who
 * never come back would keep theirs for ever, and the web request would pay for the delete.
 */
import type { Job, Queue } from "bullmq";
import { z } from "zod";
import { deleteEndedSessions } from "../src/server/auth/sessions";
import type { Db } from "../src/server/db/clients";

export const SESSION_CLEANUP = { job: "session-cleanup", scheduler: "session-cleanup-daily", pattern: "17 3 * * *" } as const;

export const sessionCleanupPayload = z.object({}).strict();

export function sessionCleanupHandler(db: Db) {
  return async (job: Job) => {
    sessionCleanupPayload.parse(job.data);
    return { deleted: await deleteEndedSessions(db) };
  };
}

/** Registers (or updates) the daily run, at 03:17 UTC — out of office hours in Europe. */
export async function scheduleSessionCleanup(queue: Queue): Promise<void> {
  await queue.upsertJobScheduler(SESSION_CLEANUP.scheduler, { pattern: SESSION_CLEANUP.pattern, tz: "UTC" }, { name: SESSION_CLEANUP.job, data: {} });
}
