/**
 * The engine's view of a project (DESIGN §4): what the cascade needs and nothing else, as plain
 * data, so every rule is a function from data to data that tests run without a database. The
 * rules of each action (trigger, due rule, captured date) stay in the pinned template version's
 * document; the state holds only what happened.
 */
import type { BusinessCalendar, IsoDate } from "@/server/calendar/business-days";
import type { AttributeValues } from "@/server/crm/attributes";
import type { ActionTemplate, TemplateDocument } from "@/server/templates/document";

export const PROJECT_STATUSES = ["ACTIVE", "ON_HOLD", "LIVE", "CANCELLED"] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export type PhaseStatus = "PENDING" | "ACTIVE" | "DONE";
export type ActionStatus = "TODO" | "IN_PROGRESS" | "DONE" | "BLOCKED" | "SKIPPED";

export type EnginePhase = { key: string; status: PhaseStatus };

export type EngineAction = {
  /** The action template's id. */
  key: string;
  phaseKey: string;
  status: ActionStatus;
  /** The tenant's calendar date it became available; null = not yet. */
  availableOn: IsoDate | null;
  dueDate: IsoDate | null;
  /** Done or skipped on. */
  doneOn: IsoDate | null;
  /** When someone last moved the due date by hand (epoch ms): an older re-dating leaves it. */
  dueMovedAt: number | null;
};

export type EngineProject = {
  status: ProjectStatus;
  /** In template order. */
  phases: EnginePhase[];
  /** Only the actions that exist (their condition held), in template order. */
  actions: EngineAction[];
  /** dateKey → captured value. */
  capturedDates: Readonly<Record<string, IsoDate>>;
  goLiveDate: IsoDate | null;
};

export type EngineContext = {
  document: TemplateDocument;
  attributes: AttributeValues;
  /** The tenant's calendar: phase starts and expected captured dates. */
  calendar: BusinessCalendar;
  /** The calendar of whoever does an action (their region's holidays, their days off). */
  calendarFor: (action: ActionTemplate) => BusinessCalendar;
  /** The tenant's today. */
  today: IsoDate;
};

/** What the database code must do after a transition, besides writing the new state. */
export type Effect =
  | { kind: "phaseStarted"; phaseKey: string }
  | { kind: "phaseDone"; phaseKey: string }
  | { kind: "actionAvailable"; actionKey: string; dueDate: IsoDate }
  | { kind: "actionRedated"; actionKey: string; from: IsoDate | null; to: IsoDate; dateKey: string }
  /** The Go-Live phase completed: billing starts on `startDate`. */
  | { kind: "goLive"; startDate: IsoDate }
  /** Every existing action is done or skipped. */
  | { kind: "projectLive" };

export type Transition = { project: EngineProject; effects: Effect[] };

export const OPEN_STATUSES: readonly ActionStatus[] = ["TODO", "IN_PROGRESS", "BLOCKED"];
export const isFinished = (a: Pick<EngineAction, "status">) => a.status === "DONE" || a.status === "SKIPPED";
export const isOpen = (a: Pick<EngineAction, "status" | "availableOn">) => a.availableOn !== null && OPEN_STATUSES.includes(a.status);
