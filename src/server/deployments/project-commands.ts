/**
 * What people do to a project as a whole: correct a captured date (its dependants are re-dated
 * by the cascade), put it on hold, resume or cancel it, and hand a role to someone else (that
 * role's open actions follow). Each is logged with before and after.
 */
import type { Role } from "@/generated/prisma/enums";
import { recordActivity } from "@/server/activity/record";
import type { IsoDate } from "@/server/calendar/business-days";
import type { TenantDb } from "@/server/db/tenant";
import { fieldError } from "@/server/errors";
import { changeCapturedDate, changeProjectStatus, type ProjectCommand } from "./engine/commands";
import { responsibleRole, type StaffRole } from "./engine/people";
import { OPEN_STATUSES } from "./engine/state";
import type { ActorRef } from "./action-commands";
import { announceChange } from "./announce";
import { recordEvent } from "./events";
import { asDate, loadProject } from "./project-state";

export async function setCapturedDate(db: TenantDb, actor: ActorRef, projectId: string, f: { dateKey: string; value: IsoDate }, now = new Date()) {
  const loaded = await loadProject(db, projectId, now);
  const before = changeCapturedDate(loaded.engine, f.dateKey, f.value);
  const where = { tenantId_id: { tenantId: db.tenantId, id: projectId } };
  await db.project.update({ where, data: { capturedDates: { ...loaded.engine.capturedDates, [f.dateKey]: f.value } } });
  // The action that captured it shows the corrected value too.
  await db.action.updateMany({ where: { projectId, key: { in: capturersOf(loaded, f.dateKey) }, status: "DONE" }, data: { capturedDate: asDate(f.value) } });
  await recordActivity(db, { actorId: actor.userId, action: "project.date-changed", entityType: "Project", entityId: projectId, before: { [f.dateKey]: before }, after: { [f.dateKey]: f.value } });
  await recordEvent(db, projectId, { type: "date.changed", dateKey: f.dateKey, at: now.getTime() });
  announceChange(db, projectId, loaded.actions.map((a) => a.assigneeId));
  return { dateKey: f.dateKey, value: f.value };
}

function capturersOf(loaded: Awaited<ReturnType<typeof loadProject>>, dateKey: string): string[] {
  return loaded.ctx.document.phases.flatMap((p) => p.actions.filter((a) => a.capturesDate?.key === dateKey).map((a) => a.id));
}

export async function changeStatus(db: TenantDb, actor: ActorRef, projectId: string, command: ProjectCommand, why: string | null, now = new Date()) {
  const loaded = await loadProject(db, projectId, now);
  const next = changeProjectStatus(loaded.project.status, command, why);
  await db.project.update({ where: { tenantId_id: { tenantId: db.tenantId, id: projectId } }, data: { status: next.status, statusReason: next.reason } });
  await recordActivity(db, {
    actorId: actor.userId,
    action: `project.${command === "hold" ? "held" : command === "resume" ? "resumed" : "cancelled"}`,
    entityType: "Project",
    entityId: projectId,
    before: { status: loaded.project.status },
    after: { status: next.status, reason: next.reason },
  });
  // Resuming lets the cascade catch up with what the hold kept from happening.
  if (command === "resume") await recordEvent(db, projectId, { type: "project.resumed" });
  announceChange(db, projectId, loaded.actions.map((a) => a.assigneeId));
  return { id: projectId, status: next.status };
}

/** Hands a role to another member who holds it; the role's open (not done or skipped) actions follow. */
export async function reassignRole(db: TenantDb, actor: ActorRef, projectId: string, role: StaffRole, membershipId: string, now = new Date()) {
  const loaded = await loadProject(db, projectId, now);
  const member = await db.membership.findFirst({ where: { id: membershipId }, select: { roles: true } });
  if (!member?.roles.includes(role as Role)) throw fieldError("membershipId", `personLacksRole?role=${role}`);
  const before = await db.projectMember.findFirst({ where: { projectId, role }, select: { membershipId: true } });
  await db.projectMember.upsert({
    where: { tenantId_projectId_role: { tenantId: db.tenantId, projectId, role } },
    create: { tenantId: db.tenantId, projectId, role, membershipId },
    update: { membershipId },
  });
  const moving = loaded.actions.filter((a) => responsibleRole(a.role) === role && OPEN_STATUSES.includes(a.status));
  await db.action.updateMany({ where: { id: { in: moving.map((a) => a.id) } }, data: { assigneeId: membershipId } });
  await recordActivity(db, {
    actorId: actor.userId,
    action: "project.reassigned",
    entityType: "Project",
    entityId: projectId,
    before: { role, membershipId: before?.membershipId ?? null },
    after: { role, membershipId, actions: moving.map((a) => a.title) },
  });
  announceChange(db, projectId, [before?.membershipId ?? null, membershipId]);
  return { role, membershipId, moved: moving.length };
}
