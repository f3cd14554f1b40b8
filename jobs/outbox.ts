/**
 * The outbox relay: re-enqueues outbox rows that are not done, so nothing is lost while Redis
 * is down, after it restarts empty, or when the web process died between commit and enqueue.
 * Job ids are the row ids, so a row already waiting in the queue is not added twice.
 * It runs on a timer inside each worker process rather than as a BullMQ repeatable job,
 * because a Redis that restarted empty would also have forgotten the repeatable job.
 */
import type { Queue } from "bullmq";
import type { Db } from "../src/server/db/clients";

/** Rows younger than this are left to the web process's own enqueue. */
export const RELAY_GRACE_MS = 5_000;

export async function relayOutbox(db: Db, queue: Queue, now = new Date(), limit = 500): Promise<number> {
  const rows = await db.outboxMessage.findMany({
    where: {
      createdAt: { lt: new Date(now.getTime() - RELAY_GRACE_MS) },
      OR: [{ status: "PENDING" }, { status: "SENDING", lockedUntil: { lt: now } }],
    },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  if (rows.length === 0) return 0;
  await queue.addBulk(rows.map(({ id }) => ({ name: "send", data: { outboxId: id }, opts: { jobId: id } })));
  return rows.length;
}
