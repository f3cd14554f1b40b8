/**
 * The maintenance queue's one worker runs several scheduled jobs: it dispatches on the job's
 * name. An unknown name fails loudly rather than running another job's handler.
 */
import type { Job } from "bullmq";
import { ESCALATION, escalationHandler, type EscalationDeps } from "./escalation";
import { SESSION_CLEANUP, sessionCleanupHandler } from "./session-cleanup";

/** `db`: the system client; `tenantDb`: the one tenant work runs on (see WorkerOptions). */
export function maintenanceHandler(deps: EscalationDeps) {
  const handlers: Record<string, (job: Job) => Promise<unknown>> = {
    [SESSION_CLEANUP.job]: sessionCleanupHandler(deps.db),
    [ESCALATION.job]: escalationHandler(deps),
  };
  return async (job: Job): Promise<unknown> => {
    const handler = handlers[job.name];
    if (!handler) throw new Error(`No maintenance job named ${JSON.stringify(job.name)}`);
    return handler(job);
  };
}
