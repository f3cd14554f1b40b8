/**
 * The `escalation` job (DESIGN §4): blocked actions still blocked after the tenant's delay
 * escalate to the project's manager, and again after each further delay. A job scheduler runs
 * it every quarter hour on the maintenance queue; each run finds what is due as of now, so a
 * run repeated, retried or skipped changes nothing but when the next one catches up.
 *
 * The tenants are found with the worker's system client (the one read across tenants); each
 * tenant's work then runs in its own `withTenant` unit of work on the tenant client (role
 * `app`, under row-level security, like the events job), so every query is scoped to the
 * tenant like a request's, and one tenant's escalations commit or roll back together.
 */
import type { Job, Queue } from "bullmq";
import { z } from "zod";
import type { Db } from "../src/server/db/clients";
import { withTenant } from "../src/server/db/tenant";
import { escalateBlockedActions } from "../src/server/deployments/escalate";

// A cron pattern rather than `every`: `every` also runs at once at each worker start.
export const ESCALATION = { job: "escalation", scheduler: "escalation-quarter-hourly", pattern: "*/15 * * * *" } as const;

export const escalationPayload = z.object({}).strict();

export type EscalationRun = { tenants: number; escalated: number };

export type EscalationDeps = {
  /** The system client: finds the tenants with work, across tenants. */
  db: Db;
  /** The client each tenant's work runs on (role `app`, under row-level security). */
  tenantDb: Db;
};

/** The tenants with a blocked action on an active project: the only ones with work to do. */
async function tenantsWithBlockedActions(db: Db): Promise<string[]> {
  const rows = await db.action.findMany({
    where: { status: "BLOCKED", project: { status: "ACTIVE" } },
    distinct: ["tenantId"],
    select: { tenantId: true },
  });
  return rows.map((r) => r.tenantId);
}

export async function runEscalations(deps: EscalationDeps, now = new Date()): Promise<EscalationRun> {
  const tenants = await tenantsWithBlockedActions(deps.db);
  let escalated = 0;
  const failures: unknown[] = [];
  // One tenant's failure (a broken calendar, say) must not hold back the others' escalations;
  // the job still fails afterwards so it is retried and seen.
  for (const tenantId of tenants) {
    try {
      escalated += (await withTenant(tenantId, (t) => escalateBlockedActions(t, now), { base: deps.tenantDb })).escalated;
    } catch (err) {
      failures.push(err);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, `Escalation failed for ${failures.length} of ${tenants.length} tenants`);
  return { tenants: tenants.length, escalated };
}

export function escalationHandler(deps: EscalationDeps) {
  return async (job: Job): Promise<EscalationRun> => {
    escalationPayload.parse(job.data);
    return runEscalations(deps);
  };
}

/** Registers (or updates) the quarter-hourly run; every worker start does it, and it stays one. */
export async function scheduleEscalation(queue: Queue): Promise<void> {
  await queue.upsertJobScheduler(ESCALATION.scheduler, { pattern: ESCALATION.pattern, tz: "UTC" }, { name: ESCALATION.job, data: {} });
}
