/**
 * The `events` job: apply a project's pending events (src/server/deployments/apply-events.ts)
 * in one tenant unit of work, then tell the people looking at the project that it changed.
 */
import type { Job } from "bullmq";
import type { Db } from "../src/server/db/clients";
import { withTenant } from "../src/server/db/tenant";
import { applyPendingEvents, markEventFailed, type AppliedEvents } from "../src/server/deployments/apply-events";
import { eventJobPayload } from "../src/server/deployments/events";

export type EventsDeps = {
  /** The client tenant work runs on (role `app`, under row-level security). */
  tenantDb: Db;
  /** Called once the events' unit of work has committed. */
  onApplied?: (tenantId: string, applied: AppliedEvents) => Promise<void>;
};

export function eventsJobHandler(deps: EventsDeps) {
  return async (job: Job) => {
    const { tenantId, eventId } = eventJobPayload.parse(job.data);
    const applied = await withTenant(tenantId, (db) => applyPendingEvents(db, eventId), { base: deps.tenantDb });
    if (applied.applied > 0) await deps.onApplied?.(tenantId, applied);
    return applied;
  };
}

/** After the job's last retry: the event stops being relayed and shows as failed. */
export function onEventsJobFailed(deps: EventsDeps) {
  return async (job: Job, err: Error) => {
    const parsed = eventJobPayload.safeParse(job.data);
    if (parsed.success) await withTenant(parsed.data.tenantId, (db) => markEventFailed(db, parsed.data.eventId, err.message), { base: deps.tenantDb });
  };
}
