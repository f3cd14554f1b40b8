/**
 * The outbox relay: re-enqueues outbox rows that are not done — email messages and project
 * events alike — so nothing is lost while Redis is down, after it restarts empty, or when the
 * web process died between commit and enqueue. Job ids are the row ids, so a row already
 * waiting in its queue is not added twice. It runs on a timer inside each worker process
 * rather than as a BullMQ repeatable job, because a Redis that restarted empty would also have
 * forgotten the repeatable job.
 */
import type { Queue } from "bullmq";
import type { Db } from "../src/server/db/clients";

/** Rows younger than this are left to the web process's own enqueue. */
export const RELAY_GRACE_MS = 5_000;

export type RelayQueues = { email: Queue; events: Queue };

export async function relayOutbox(db: Db, queues: RelayQueues, now = new Date(), limit = 500): Promise<{ messages: number; events: number }> {
  const before = new Date(now.getTime() - RELAY_GRACE_MS);
  const [messages, events] = await Promise.all([
    db.outboxMessage.findMany({
      where: { createdAt: { lt: before }, OR: [{ status: "PENDING" }, { status: "SENDING", lockedUntil: { lt: now } }] },
      select: { id: true },
      orderBy: { createdAt: "asc" },
      take: limit,
    }),
    db.projectEvent.findMany({ where: { status: "PENDING", createdAt: { lt: before } }, select: { id: true, tenantId: true }, orderBy: { createdAt: "asc" }, take: limit }),
  ]);
  if (messages.length > 0) await queues.email.addBulk(messages.map(({ id }) => ({ name: "send", data: { outboxId: id }, opts: { jobId: id } })));
  if (events.length > 0) await queues.events.addBulk(events.map(({ id, tenantId }) => ({ name: "apply", data: { tenantId, eventId: id }, opts: { jobId: id } })));
  return { messages: messages.length, events: events.length };
}
