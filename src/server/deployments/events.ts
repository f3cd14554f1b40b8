/**
 * The event outbox (DESIGN §7): a change to a project writes its event in the same unit of
 * work, and once that commits the web process enqueues it on the `events` queue at once, the
 * event's id as the job id. The relay (jobs/outbox.ts) is only the fallback for an enqueue that
 * never happened (Redis down, the process died between commit and enqueue).
 */
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { TenantDb } from "@/server/db/tenant";
import { enqueueRows, getEventsQueue } from "@/server/comms/queue";

export const projectEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("project.created") }),
  /** `dateKey`: the date the action captured, whose dependants are re-dated; `at`: when (epoch ms). */
  z.object({ type: z.literal("action.completed"), actionKey: z.string(), dateKey: z.string().nullable(), at: z.number() }),
  z.object({ type: z.literal("action.skipped"), actionKey: z.string() }),
  z.object({ type: z.literal("date.changed"), dateKey: z.string(), at: z.number() }),
  z.object({ type: z.literal("project.resumed") }),
  /** For the helpdesk hand-off (a later issue delivers it). */
  z.object({ type: z.literal("project.live"), goLiveDate: z.string() }),
]);
export type ProjectEventPayload = z.output<typeof projectEventSchema>;

/** The `events` job's payload: ids only (CONVENTIONS 7). */
export const eventJobPayload = z.object({ tenantId: z.uuid(), eventId: z.uuid() });
export type EventJob = z.output<typeof eventJobPayload>;

export async function recordEvent(db: TenantDb, projectId: string, event: ProjectEventPayload): Promise<string> {
  const { type, ...payload } = event;
  const row = await db.projectEvent.create({ data: { tenantId: db.tenantId, projectId, type, payload: payload as Prisma.InputJsonValue }, select: { id: true } });
  const job: EventJob = { tenantId: db.tenantId, eventId: row.id };
  db.afterCommit(() => dispatchEvents([job]));
  return row.id;
}

export function dispatchEvents(jobs: readonly EventJob[]): Promise<void> {
  return enqueueRows(getEventsQueue(), "apply", jobs.map((data) => ({ id: data.eventId, data })));
}
