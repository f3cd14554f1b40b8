/**
 * The trigger cascade (DESIGN §4), as one function: bring a project to the state its facts
 * imply. Phases run in order; the current phase's actions become available when their trigger
 * holds; a phase whose existing actions are all done or skipped completes and the next starts;
 * the Go-Live phase's completion starts billing; the last phase's makes the project live.
 *
 * `settle` is a fixpoint: settling a settled project changes nothing, which is what makes
 * every event handler idempotent — a replayed or duplicated event settles to the same state.
 * Due dates come from `templates/schedule`, run with the project's progress, so the preview,
 * the forecast and the engine can never disagree about a date.
 */
import { scheduleTemplate } from "@/server/templates/schedule";
import { actionsOf, goLivePhase, type ActionTemplate } from "@/server/templates/document";
import type { IsoDate } from "@/server/calendar/business-days";
import { isFinished, type Effect, type EngineAction, type EngineContext, type EngineProject, type Transition } from "./state";

/** Action templates by id, for the rules the state does not carry. */
export function templatesById(ctx: EngineContext): Map<string, ActionTemplate> {
  return new Map(actionsOf(ctx.document).map(({ action }) => [action.id, action]));
}

/** Whether an action's AFTER list is satisfied: each named action that exists is finished. */
function triggered(template: ActionTemplate, byKey: ReadonlyMap<string, EngineAction>): boolean {
  if (template.trigger.kind === "PHASE_START") return true;
  return template.trigger.actionIds.every((id) => {
    const dep = byKey.get(id);
    return dep === undefined || isFinished(dep);
  });
}

/** `schedule` run with the project's facts as progress: done and skipped actions at their dates, available ones at theirs, captured dates as captured. */
export function scheduleWithProgress(project: EngineProject, ctx: EngineContext) {
  const done: Record<string, IsoDate> = {};
  const availableAt: Record<string, IsoDate> = {};
  for (const a of project.actions) {
    if (a.doneOn && isFinished(a)) done[a.key] = a.doneOn;
    if (a.availableOn) availableAt[a.key] = a.availableOn;
  }
  const start = Object.values(availableAt).sort()[0] ?? ctx.today;
  return scheduleTemplate({
    document: ctx.document,
    attributes: ctx.attributes,
    start,
    calendar: ctx.calendar,
    calendarFor: ctx.calendarFor,
    progress: { today: ctx.today, done, availableAt, capturedDates: project.capturedDates },
  });
}

/** The due dates the schedule gives the actions in `keys`. */
export function dueDates(project: EngineProject, ctx: EngineContext, keys: readonly string[]): Map<string, IsoDate> {
  const wanted = new Set(keys);
  return new Map(scheduleWithProgress(project, ctx).actions.filter((a) => wanted.has(a.id)).map((a) => [a.id, a.dueAt]));
}

/** The start date of billing: a date captured in the Go-Live phase if there is one, else today. */
function goLiveStart(project: EngineProject, ctx: EngineContext): IsoDate {
  const phase = goLivePhase(ctx.document);
  for (const action of [...(phase?.actions ?? [])].reverse()) {
    const key = action.capturesDate?.key;
    const value = key ? project.capturedDates[key] : undefined;
    if (value) return value;
  }
  return ctx.today;
}

export function settle(input: EngineProject, ctx: EngineContext): Transition {
  if (input.status !== "ACTIVE") return { project: input, effects: [] };
  const templates = templatesById(ctx);
  const goLiveKey = goLivePhase(ctx.document)?.id;
  const phases = input.phases.map((p) => ({ ...p }));
  const actions = input.actions.map((a) => ({ ...a }));
  const byKey = new Map(actions.map((a) => [a.key, a]));
  const effects: Effect[] = [];
  let goLiveDate = input.goLiveDate;
  let status: EngineProject["status"] = input.status;
  const newlyAvailable: EngineAction[] = [];

  for (const phase of phases) {
    if (phase.status === "DONE") continue;
    if (phase.status === "PENDING") {
      phase.status = "ACTIVE";
      effects.push({ kind: "phaseStarted", phaseKey: phase.key });
    }
    const members = actions.filter((a) => a.phaseKey === phase.key);
    // Within a phase an action can unlock another, which can unlock a third: until nothing moves.
    for (let moved = true; moved; ) {
      moved = false;
      for (const a of members) {
        const template = templates.get(a.key);
        if (a.availableOn !== null || isFinished(a) || !template || !triggered(template, byKey)) continue;
        a.availableOn = ctx.today;
        newlyAvailable.push(a);
        moved = true;
      }
    }
    if (!members.every(isFinished)) break;
    phase.status = "DONE";
    effects.push({ kind: "phaseDone", phaseKey: phase.key });
    if (phase.key === goLiveKey && goLiveDate === null) {
      goLiveDate = goLiveStart(input, ctx);
      effects.push({ kind: "goLive", startDate: goLiveDate });
    }
  }
  if (phases.every((p) => p.status === "DONE")) {
    status = "LIVE";
    effects.push({ kind: "projectLive" });
  }

  const due = dueDates({ ...input, actions }, ctx, newlyAvailable.map((a) => a.key));
  for (const a of newlyAvailable) {
    a.dueDate = due.get(a.key) ?? ctx.today;
    effects.push({ kind: "actionAvailable", actionKey: a.key, dueDate: a.dueDate });
  }
  // Effects in a stable order: phase and availability changes as they happened, go-live last.
  return { project: { ...input, status, phases, actions, goLiveDate }, effects };
}

/**
 * After a captured date was set or changed at `capturedAt` (epoch ms): every available open
 * action due relative to it takes its new due date — except one moved by hand since.
 */
export function redate(input: EngineProject, ctx: EngineContext, dateKey: string, capturedAt: number): Transition {
  const templates = templatesById(ctx);
  const targets = input.actions.filter((a) => {
    const due = templates.get(a.key)?.due;
    return a.availableOn !== null && !isFinished(a) && due?.kind === "RELATIVE_TO_DATE" && due.dateKey === dateKey && (a.dueMovedAt === null || a.dueMovedAt < capturedAt);
  });
  if (targets.length === 0) return { project: input, effects: [] };
  const due = dueDates(input, ctx, targets.map((a) => a.key));
  const effects: Effect[] = [];
  const actions = input.actions.map((a) => {
    const to = due.get(a.key);
    if (to === undefined || to === a.dueDate || !targets.includes(a)) return a;
    effects.push({ kind: "actionRedated", actionKey: a.key, from: a.dueDate, to, dateKey });
    return { ...a, dueDate: to };
  });
  return { project: { ...input, actions }, effects };
}
