/**
 * Writing what the engine decided: actions made available with their due dates, re-dated
 * actions, phases started and done, and the Go-Live effects — the line's subscription active
 * from the go-live date, the account's status re-derived, a `project.live` event for the
 * helpdesk hand-off. Every write is "set to", never "add", so applying a transition twice
 * leaves the same rows.
 */
import { recordActivity } from "@/server/activity/record";
import { recomputeAccountStatus } from "@/server/crm/accounts";
import type { TenantDb } from "@/server/db/tenant";
import type { Transition } from "./engine/state";
import { recordEvent } from "./events";
import { asDate, type LoadedProject } from "./project-state";

/** Members whose lists a transition changed: for live refresh. */
export type Touched = Set<string>;

export async function applyTransition(db: TenantDb, loaded: LoadedProject, { project, effects }: Transition, now: Date, actorId: string | null, touched: Touched): Promise<void> {
  const projectId = loaded.project.id;
  const rowOf = new Map(loaded.actions.map((a) => [a.key, a]));
  const phaseOf = new Map(loaded.phases.map((p) => [p.key, p]));
  for (const e of effects) {
    if (e.kind === "actionAvailable" || e.kind === "actionRedated") {
      const row = rowOf.get(e.actionKey);
      if (!row) continue;
      if (row.assigneeId) touched.add(row.assigneeId);
      const dueDate = asDate(e.kind === "actionAvailable" ? e.dueDate : e.to);
      await db.action.update({
        where: { tenantId_id: { tenantId: db.tenantId, id: row.id } },
        data: e.kind === "actionAvailable" ? { availableAt: now, dueDate } : { dueDate },
      });
      if (e.kind === "actionRedated") {
        await recordActivity(db, { actorId, action: "action.redated", entityType: "Project", entityId: projectId, before: { action: row.title, dueDate: e.from }, after: { action: row.title, dueDate: e.to, dateKey: e.dateKey } });
      }
    } else if (e.kind === "phaseStarted" || e.kind === "phaseDone") {
      const phase = phaseOf.get(e.phaseKey);
      if (!phase) continue;
      await db.projectPhase.update({
        where: { tenantId_id: { tenantId: db.tenantId, id: phase.id } },
        data: e.kind === "phaseStarted" ? { status: "ACTIVE", startedAt: now } : { status: "DONE", doneAt: now },
      });
      await recordActivity(db, { actorId, action: e.kind === "phaseStarted" ? "phase.started" : "phase.done", entityType: "Project", entityId: projectId, after: { phase: e.phaseKey } });
    } else if (e.kind === "goLive") {
      await db.project.update({ where: { tenantId_id: { tenantId: db.tenantId, id: projectId } }, data: { goLiveDate: asDate(e.startDate) } });
      await db.subscription.updateMany({ where: { serviceLineId: loaded.project.serviceLineId, status: "PENDING" }, data: { status: "ACTIVE", startDate: asDate(e.startDate) } });
      await recomputeAccountStatus(db, loaded.project.accountId, actorId);
      await recordActivity(db, { actorId, action: "project.go-live", entityType: "Project", entityId: projectId, after: { goLiveDate: e.startDate } });
      await recordEvent(db, projectId, { type: "project.live", goLiveDate: e.startDate });
    } else {
      await db.project.update({ where: { tenantId_id: { tenantId: db.tenantId, id: projectId } }, data: { status: "LIVE" } });
      await recordActivity(db, { actorId, action: "project.live", entityType: "Project", entityId: projectId, before: { status: loaded.project.status }, after: { status: project.status } });
    }
  }
}
