/**
 * The deployment bench's data, as the engine itself would have left it: each project's state is
 * the pure engine (`settle`, `redate`) run through a random history of completions, so the rows
 * the bench writes are ones the cascade could have produced, and the bench knows, for any
 * project, which completion makes another action available and which one.
 */
import { addBusinessDays, type IsoDate } from "../../src/server/calendar/business-days";
import { redate, settle, templatesById } from "../../src/server/deployments/engine/cascade";
import { initialProject } from "../../src/server/deployments/engine/initial";
import { isOpen, type EngineContext, type EngineProject } from "../../src/server/deployments/engine/state";
import type { ActionTemplate, TemplateDocument } from "../../src/server/templates/document";

/** A small seeded generator, so two runs measure the same tenant. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const extra = (id: string, title: string, role: ActionTemplate["role"], after: string | null, condition: string | null = null): ActionTemplate => ({
  id,
  title,
  description: "",
  role,
  trigger: after ? { kind: "AFTER", actionIds: [after] } : { kind: "PHASE_START" },
  condition,
  due: { kind: "AFTER_AVAILABLE", days: 1 },
  capturesDate: null,
  emails: [],
});

/**
 * The tenant's 3CX template after a year of use: the default (17 actions for a line with
 * porting and on-site installation) plus three actions its team added, published as version 2
 * — 20 actions per project, so 2,000 projects hold 40,000 actions.
 */
export function withTeamAdditions(v1: TemplateDocument): TemplateDocument {
  const added: Record<string, ActionTemplate[]> = {
    equipment: [extra("create-trunk", "Create the SIP trunk and test registration", "TECHNICIAN", "create-instance")],
    installation: [extra("label-phones", "Label the phones and file the desk plan", "TECHNICIAN", "install-on-site", "onSiteInstallation")],
    acceptance: [extra("send-user-guide", "Send the user guide", "SALES_ADMIN", null)],
  };
  return { phases: v1.phases.map((p) => ({ ...p, actions: [...p.actions, ...(added[p.id] ?? [])] })) };
}

/** The date an action capturing `key` records when completed on `day`: the template's expectation. */
function capturedOn(ctx: EngineContext, template: ActionTemplate | undefined, day: IsoDate): { key: string; value: IsoDate } | null {
  const c = template?.capturesDate;
  return c ? { key: c.key, value: addBusinessDays(ctx.calendar, day, Math.max(1, c.expectedAfterDays)) } : null;
}

/** `project` after `key` is completed on ctx.today and the worker applied the event: what `completeActionNow` then the `events` job do. */
export function completeInEngine(project: EngineProject, ctx: EngineContext, key: string): { project: EngineProject; available: string[]; captured: { key: string; value: IsoDate } | null } {
  const captured = capturedOn(ctx, templatesById(ctx).get(key), ctx.today);
  const done: EngineProject = {
    ...project,
    capturedDates: captured ? { ...project.capturedDates, [captured.key]: captured.value } : project.capturedDates,
    actions: project.actions.map((a) => (a.key === key ? { ...a, status: "DONE", doneOn: ctx.today } : a)),
  };
  const settled = settle(done, ctx);
  const available = settled.effects.flatMap((e) => (e.kind === "actionAvailable" ? [e.actionKey] : []));
  const after = captured ? redate(settled.project, ctx, captured.key, Date.now()).project : settled.project;
  return { project: after, available, captured };
}

/**
 * A project started `startedDaysAgo` business days ago whose people completed up to
 * `completions` available actions since, on days spread until today; never the last two
 * actions, so it is still running. Some open actions are started, a few blocked (this morning,
 * so no escalation is due during the bench).
 */
export function simulateProject(ctx: EngineContext, rand: () => number, startedDaysAgo: number, completions: number): EngineProject {
  const start = addBusinessDays(ctx.calendar, ctx.today, -startedDaysAgo);
  const days = Array.from({ length: completions }, () => Math.floor(rand() * (startedDaysAgo + 1))).sort((a, b) => a - b);
  let project = settle(initialProject(ctx.document, ctx.attributes), { ...ctx, today: start }).project;
  for (const d of days) {
    const candidate = addBusinessDays(ctx.calendar, start, d);
    const day = candidate > ctx.today ? ctx.today : candidate;
    const open = project.actions.filter(isOpen);
    const pick = open[Math.floor(rand() * open.length)];
    if (!pick) break;
    project = completeInEngine(project, { ...ctx, today: day }, pick.key).project;
  }
  return {
    ...project,
    actions: project.actions.map((a) => {
      if (!isOpen(a)) return a;
      const r = rand();
      return r < 0.04 ? { ...a, status: "BLOCKED" } : r < 0.34 ? { ...a, status: "IN_PROGRESS" } : a;
    }),
  };
}

/**
 * An open, unblocked action whose completion changes nothing else — no date to capture, no
 * effect at all — or null: in a project none of whose completions makes anything available
 * (two actions left open in its phase, say), what its people would do next.
 */
export function quietCompletion(project: EngineProject, ctx: EngineContext): string | null {
  if (project.status !== "ACTIVE") return null;
  const templates = templatesById(ctx);
  const quiet = project.actions.find((a) => {
    if (!isOpen(a) || a.status === "BLOCKED" || templates.get(a.key)?.capturesDate) return false;
    const done = { ...project, actions: project.actions.map((x) => (x.key === a.key ? { ...x, status: "DONE" as const, doneOn: ctx.today } : x)) };
    return settle(done, ctx).effects.length === 0;
  });
  return quiet?.key ?? null;
}

/** Open, unblocked actions of `project` whose completion makes another action available, with those actions. */
export function chainStarts(project: EngineProject, ctx: EngineContext): { key: string; available: string[] }[] {
  if (project.status !== "ACTIVE") return [];
  return project.actions
    .filter((a) => isOpen(a) && a.status !== "BLOCKED")
    .flatMap((a) => {
      const { available } = completeInEngine(project, ctx, a.key);
      return available.length > 0 ? [{ key: a.key, available }] : [];
    });
}
