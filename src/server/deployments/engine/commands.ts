/**
 * What people do to a project's actions and to the project itself, checked before anything is
 * written: each command takes the engine state and returns the new one, or throws the
 * `AppError` the person sees ("this action is not available yet", "a reason is needed").
 * The cascade these changes start is `cascade.ts`'s, applied by the `events` worker.
 */
import type { Role } from "@/generated/prisma/enums";
import type { IsoDate } from "@/server/calendar/business-days";
import { AppError, fieldError } from "@/server/errors";
import { hasRole } from "@/server/identity/roles";
import type { ActionTemplate } from "@/server/templates/document";
import { isFinished, isOpen, type ActionStatus, type EngineAction, type EngineProject, type ProjectStatus } from "./state";

export type Actor = { membershipId: string; roles: readonly Role[] };

/** Who steers a project: hold, resume or cancel it, hand its roles over, correct its captured dates. */
export const STEERING_ROLES = ["ADMIN", "MANAGER", "SALES_ADMIN"] as const satisfies readonly Role[];
/** Who may say an action will not be done. */
export const SKIPPING_ROLES = ["ADMIN", "MANAGER"] as const satisfies readonly Role[];
/** An action as commands see it: the engine's state plus who does it. */
export type CommandAction = EngineAction & { role: ActionTemplate["role"]; assigneeId: string | null };

const conflict = (key: string, message: string) => new AppError("CONFLICT", message, { _: [key] });

/**
 * Who may work on an action: its assignee, managers and admins, and anyone holding its role
 * (technicians cover for each other); customer and carrier actions, which staff record on the
 * customer's or carrier's behalf, also the sales admins who follow them.
 */
export function mayWorkOn(actor: Actor, action: Pick<CommandAction, "role" | "assigneeId">): boolean {
  if (action.assigneeId === actor.membershipId || hasRole(actor.roles, "ADMIN", "MANAGER")) return true;
  if (action.role === "CUSTOMER" || action.role === "CARRIER") return hasRole(actor.roles, "SALES_ADMIN");
  return hasRole(actor.roles, action.role);
}

function assertActive(status: ProjectStatus): void {
  if (status === "ACTIVE") return;
  throw conflict(`projectNot${status === "ON_HOLD" ? "Active" : "Running"}`, status === "ON_HOLD" ? "This project is on hold: resume it first." : "This project has ended.");
}

/** The open, available action a command works on, checked for the project's state and the actor. */
function openAction(status: ProjectStatus, action: CommandAction, actor: Actor): CommandAction {
  assertActive(status);
  if (!mayWorkOn(actor, action)) throw new AppError("FORBIDDEN", "This action belongs to someone else.", { _: ["actionNotYours"] });
  if (isFinished(action)) throw conflict("actionFinished", "This action is already done or skipped.");
  if (!isOpen(action)) throw conflict("actionNotAvailable", "This action is not available yet: it waits for earlier ones.");
  return action;
}

function reason(text: string | null | undefined, field = "reason"): string {
  const r = text?.trim() ?? "";
  if (r === "") throw fieldError(field, "reasonRequired");
  return r;
}

export function startAction(status: ProjectStatus, action: CommandAction, actor: Actor): ActionStatus {
  openAction(status, action, actor);
  if (action.status !== "TODO") throw conflict("actionAlreadyStarted", "This action is already started.");
  return "IN_PROGRESS";
}

/**
 * Completing: an action that captures a date needs it. Returns the date to record under the
 * template's key, if any.
 */
export function completeAction(status: ProjectStatus, action: CommandAction, template: ActionTemplate, actor: Actor, capturedDate: IsoDate | null): { dateKey: string; value: IsoDate } | null {
  openAction(status, action, actor);
  if (!template.capturesDate) return null;
  if (!capturedDate) throw fieldError("capturedDate", "capturedDateRequired");
  return { dateKey: template.capturesDate.key, value: capturedDate };
}

export function blockAction(status: ProjectStatus, action: CommandAction, actor: Actor, why: string): string {
  openAction(status, action, actor);
  if (action.status === "BLOCKED") throw conflict("actionAlreadyBlocked", "This action is already blocked.");
  return reason(why);
}

/** Unblocking returns the action to where it was: started if it had been. */
export function unblockAction(status: ProjectStatus, action: CommandAction, actor: Actor, wasStarted: boolean): ActionStatus {
  openAction(status, action, actor);
  if (action.status !== "BLOCKED") throw conflict("actionNotBlocked", "This action is not blocked.");
  return wasStarted ? "IN_PROGRESS" : "TODO";
}

export function moveDueDate(status: ProjectStatus, action: CommandAction, actor: Actor, to: IsoDate, why: string, today: IsoDate): string {
  openAction(status, action, actor);
  if (to < today) throw fieldError("dueDate", "dueDateInPast");
  if (to === action.dueDate) throw fieldError("dueDate", "dueDateUnchanged");
  return reason(why);
}

/** Skipping says an action will not be done (not needed after all): managers and admins only, with a reason. */
export function skipAction(status: ProjectStatus, action: CommandAction, actor: Actor, why: string): string {
  assertActive(status);
  if (!hasRole(actor.roles, ...SKIPPING_ROLES)) throw new AppError("FORBIDDEN", "Only managers and admins can skip an action.", { _: ["skipNeedsManager"] });
  if (isFinished(action)) throw conflict("actionFinished", "This action is already done or skipped.");
  return reason(why);
}

/** A captured date can be corrected once it has been captured, while the project runs. */
export function changeCapturedDate(project: Pick<EngineProject, "status" | "capturedDates">, dateKey: string, value: IsoDate): IsoDate | null {
  assertActive(project.status);
  const before = project.capturedDates[dateKey];
  if (before === undefined) throw fieldError("dateKey", "capturedDateUnknown");
  if (before === value) throw fieldError("value", "capturedDateUnchanged");
  return before;
}

export type ProjectCommand = "hold" | "resume" | "cancel";

/** Hold, resume, cancel: the status after, or the reason it cannot be done. */
export function changeProjectStatus(status: ProjectStatus, command: ProjectCommand, why: string | null): { status: ProjectStatus; reason: string | null } {
  if (status === "LIVE" || status === "CANCELLED") throw conflict("projectNotRunning", "This project has ended.");
  if (command === "resume") {
    if (status !== "ON_HOLD") throw conflict("projectNotOnHold", "This project is not on hold.");
    return { status: "ACTIVE", reason: null };
  }
  if (command === "hold" && status === "ON_HOLD") throw conflict("projectAlreadyOnHold", "This project is already on hold.");
  return { status: command === "hold" ? "ON_HOLD" : "CANCELLED", reason: reason(why) };
}
