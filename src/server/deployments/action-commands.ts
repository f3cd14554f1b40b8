/**
 * The database half of what people do to actions (My day, the project page): lock the
 * project, check the command with the engine's rules (`engine/commands.ts`), write the change
 * with its activity row, and — when the cascade must follow — its event, in one unit of work.
 */
import type { Role } from "@/generated/prisma/enums";
import { recordActivity } from "@/server/activity/record";
import type { IsoDate } from "@/server/calendar/business-days";
import type { TenantDb } from "@/server/db/tenant";
import { notFound } from "@/server/errors";
import { templatesById } from "./engine/cascade";
import { blockAction, completeAction, moveDueDate, skipAction, startAction, unblockAction, type Actor, type CommandAction } from "./engine/commands";
import { announceChange } from "./announce";
import { recordEvent } from "./events";
import { notifyBlocked, notifyUnblocked } from "./notifications";
import { asDate, isoOrNull, loadProject } from "./project-state";

export type ActorRef = Actor & { userId: string; name: string };

async function lockAction(db: TenantDb, actor: ActorRef, actionId: string, now: Date) {
  const ref = await db.action.findFirst({ where: { id: actionId }, select: { projectId: true } });
  if (!ref) throw notFound("This action");
  const loaded = await loadProject(db, ref.projectId, now);
  const row = loaded.actions.find((a) => a.id === actionId);
  const state = loaded.engine.actions.find((a) => a.key === row?.key);
  const template = row && templatesById(loaded.ctx).get(row.key);
  if (!row || !state || !template) throw notFound("This action");
  const action: CommandAction = { ...state, role: row.role, assigneeId: row.assigneeId };
  const where = { tenantId_id: { tenantId: db.tenantId, id: actionId } };
  const log = (what: string, before: object, after: object) =>
    recordActivity(db, { actorId: actor.userId, action: what, entityType: "Project", entityId: loaded.project.id, before: { action: row.title, ...before }, after: { action: row.title, ...after } });
  return { loaded, row, action, template, where, log };
}

export async function startActionNow(db: TenantDb, actor: ActorRef, actionId: string, now = new Date()) {
  const { loaded, action, where, log } = await lockAction(db, actor, actionId, now);
  const status = startAction(loaded.project.status, action, actor);
  await db.action.update({ where, data: { status, startedAt: now } });
  await log("action.started", { status: action.status }, { status });
  announceChange(db, loaded.project.id, [action.assigneeId]);
  return { id: actionId, status };
}

export async function completeActionNow(db: TenantDb, actor: ActorRef, actionId: string, f: { capturedDate: IsoDate | null; note: string | null }, now = new Date()) {
  const { loaded, action, template, where, log } = await lockAction(db, actor, actionId, now);
  const captured = completeAction(loaded.project.status, action, template, actor, f.capturedDate);
  await db.action.update({ where, data: { status: "DONE", doneAt: now, doneById: actor.membershipId, note: f.note?.trim() || null, capturedDate: captured ? asDate(captured.value) : null } });
  if (captured) {
    const dates = { ...loaded.engine.capturedDates, [captured.dateKey]: captured.value };
    await db.project.update({ where: { tenantId_id: { tenantId: db.tenantId, id: loaded.project.id } }, data: { capturedDates: dates } });
  }
  await log("action.completed", { status: action.status }, { status: "DONE", note: f.note, ...(captured ? { [captured.dateKey]: captured.value } : {}) });
  await recordEvent(db, loaded.project.id, { type: "action.completed", actionKey: action.key, dateKey: captured?.dateKey ?? null, at: now.getTime() });
  announceChange(db, loaded.project.id, [action.assigneeId]);
  return { id: actionId, status: "DONE" as const };
}

export async function blockActionNow(db: TenantDb, actor: ActorRef, actionId: string, why: string, now = new Date()) {
  const { loaded, row, action, where, log } = await lockAction(db, actor, actionId, now);
  const reason = blockAction(loaded.project.status, action, actor, why);
  await db.action.update({ where, data: { status: "BLOCKED", blockedAt: now, blockedReason: reason, escalatedAt: null } });
  await log("action.blocked", { status: action.status }, { status: "BLOCKED", reason });
  const { recipients } = await notifyBlocked(db, { projectId: loaded.project.id, actionId, actionTitle: row.title, projectName: loaded.project.name, reason, byName: actor.name, blockedAt: now, actorMembershipId: actor.membershipId });
  // The managers' bells ring live too.
  announceChange(db, loaded.project.id, [action.assigneeId, ...recipients]);
  return { id: actionId, status: "BLOCKED" as const };
}

export async function unblockActionNow(db: TenantDb, actor: ActorRef, actionId: string, now = new Date()) {
  const { loaded, row, action, where, log } = await lockAction(db, actor, actionId, now);
  const status = unblockAction(loaded.project.status, action, actor, row.startedAt !== null);
  await db.action.update({ where, data: { status, blockedAt: null, blockedReason: null, escalatedAt: null } });
  await log("action.unblocked", { status: "BLOCKED", blockedAt: row.blockedAt?.toISOString() ?? null }, { status });
  const { recipients } = await notifyUnblocked(db, { projectId: loaded.project.id, actionId, actionTitle: row.title, projectName: loaded.project.name, reason: null, byName: actor.name, blockedAt: row.blockedAt ?? now, actorMembershipId: actor.membershipId });
  announceChange(db, loaded.project.id, [action.assigneeId, ...recipients]);
  return { id: actionId, status };
}

export async function moveActionDue(db: TenantDb, actor: ActorRef, actionId: string, f: { dueDate: IsoDate; reason: string }, now = new Date()) {
  const { loaded, row, action, where, log } = await lockAction(db, actor, actionId, now);
  const reason = moveDueDate(loaded.project.status, action, actor, f.dueDate, f.reason, loaded.today);
  await db.action.update({ where, data: { dueDate: asDate(f.dueDate), dueMovedAt: now } });
  await log("action.due-moved", { dueDate: isoOrNull(row.dueDate) }, { dueDate: f.dueDate, reason });
  announceChange(db, loaded.project.id, [action.assigneeId]);
  return { id: actionId, dueDate: f.dueDate };
}

export async function skipActionNow(db: TenantDb, actor: ActorRef, actionId: string, why: string, now = new Date()) {
  const { loaded, action, where, log } = await lockAction(db, actor, actionId, now);
  const reason = skipAction(loaded.project.status, action, actor, why);
  await db.action.update({ where, data: { status: "SKIPPED", skippedReason: reason, doneAt: now, doneById: actor.membershipId } });
  await log("action.skipped", { status: action.status }, { status: "SKIPPED", reason });
  await recordEvent(db, loaded.project.id, { type: "action.skipped", actionKey: action.key });
  announceChange(db, loaded.project.id, [action.assigneeId]);
  return { id: actionId, status: "SKIPPED" as const };
}

/** The actor as the engine sees them, from the request's membership. */
export function actorOf(user: { id: string; name: string }, membership: { id: string; roles: Role[] }): ActorRef {
  return { userId: user.id, name: user.name, membershipId: membership.id, roles: membership.roles };
}
