/**
 * The `events` worker's unit of work: lock the project, apply every pending event of it in
 * order (the one the job names and any earlier one still pending), mark them done. The lock
 * and the order make one project's events apply one at a time and in sequence, whichever job
 * arrives first; the engine's fixpoint makes a replayed event change nothing.
 */
import type { TenantDb } from "@/server/db/tenant";
import { redate, settle } from "./engine/cascade";
import type { EngineProject, Transition } from "./engine/state";
import { applyTransition, type Touched } from "./apply";
import { projectEventSchema, type ProjectEventPayload } from "./events";
import { loadProject, type LoadedProject } from "./project-state";

export type AppliedEvents = { projectId: string | null; applied: number; touched: string[] };

/** The transitions one event asks for, in order; each starts from the state the previous left. */
function transitionsFor(event: ProjectEventPayload, state: EngineProject, loaded: LoadedProject): Transition[] {
  const ctx = loaded.ctx;
  switch (event.type) {
    case "action.completed": {
      const settled = settle(state, ctx);
      return event.dateKey ? [settled, redate(settled.project, ctx, event.dateKey, event.at)] : [settled];
    }
    case "date.changed": {
      const redated = redate(state, ctx, event.dateKey, event.at);
      return [redated, settle(redated.project, ctx)];
    }
    case "project.live":
      return [];
    default:
      return [settle(state, ctx)];
  }
}

export async function applyPendingEvents(db: TenantDb, eventId: string, now = new Date()): Promise<AppliedEvents> {
  const target = await db.projectEvent.findFirst({ where: { id: eventId }, select: { projectId: true, status: true } });
  if (!target || target.status !== "PENDING") return { projectId: target?.projectId ?? null, applied: 0, touched: [] };
  const loaded = await loadProject(db, target.projectId, now);
  // Read after the lock: an event applied by a job that held it meanwhile is no longer pending.
  const pending = await db.projectEvent.findMany({ where: { projectId: target.projectId, status: "PENDING" }, orderBy: { seq: "asc" }, select: { id: true, type: true, payload: true } });
  const touched: Touched = new Set();
  let state = loaded.engine;
  for (const row of pending) {
    const event = projectEventSchema.parse({ ...(row.payload as object), type: row.type });
    for (const t of transitionsFor(event, state, loaded)) {
      await applyTransition(db, loaded, t, now, null, touched);
      state = t.project;
    }
  }
  await db.projectEvent.updateMany({ where: { id: { in: pending.map((p) => p.id) } }, data: { status: "DONE", processedAt: now } });
  return { projectId: target.projectId, applied: pending.length, touched: [...touched] };
}

/** After the queue's last retry: the event stops being relayed and shows as failed. */
export async function markEventFailed(db: TenantDb, eventId: string, reason: string): Promise<void> {
  await db.projectEvent.updateMany({ where: { id: eventId, status: "PENDING" }, data: { status: "FAILED", lastError: reason } });
}
