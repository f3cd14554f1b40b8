/**
 * The timeline a template gives a service line (DESIGN §3–4): when each action becomes
 * available, when it is due, when it should be done, and the chain of actions that sets the
 * go-live date. The builder previews it on every keystroke, a new project takes its dates from
 * it, and forecasts rerun it with `progress` for thousands of running projects, so it is one
 * pass in topological order: O(actions + dependencies) × business-day arithmetic.
 *
 * Rules:
 * - An action whose condition is false does not exist (`skipped`); waiting for an action that
 *   does not exist — or that the document does not contain — is waiting for nothing.
 * - Phases run in order. The first starts on the first business day ≥ `start`; each next one
 *   when every existing action of the previous one is done, that same day (an empty phase, or
 *   one whose actions all vanished, passes straight through).
 * - An action is available at max(its phase start, completion of each existing AFTER action).
 * - Due, counted in business days of the action's owner (`calendarFor`: their region's holidays
 *   and their days off): AFTER_AVAILABLE n → available + n.
 *   RELATIVE_TO_DATE key ± n → captured date ± n, never before availability. The captured date
 *   is `progress.capturedDates[key]` once known, else the expected one: capturing action's
 *   completion + its `expectedAfterDays` in the tenant's calendar (with several capturers,
 *   the latest: the last capture wins). Nothing existing captures it → AFTER_AVAILABLE max(n, 0).
 * - Completion is the due date. With `progress`, a done action completes on its actual date,
 *   `availableAt` replaces the computed availability, and an undone action completes no
 *   earlier than today (the first business day from today): overdue work is not done yet.
 *   Actual dates are taken as given, even when they contradict the rules above.
 * - The critical path runs back from the go-live phase's last completion through whatever set
 *   each date: an AFTER prerequisite, the previous phase's last action, or — for a due date
 *   relative to a captured date — the action expected to capture it. It stops at the project
 *   start or at an action whose date is a fact (done, actually available, due relative to a
 *   captured value, or pushed to today), which is then its first action. Earliest first.
 *   Ties go to the AFTER link, then to the action later in the document (usually downstream).
 *
 * A cycle (AFTER or captured date) makes scheduling impossible: it throws, as does a condition
 * that does not parse — `validate` reports both on the cards, this is the last line.
 */
import { addBusinessDays, isIsoDate, rollForward, type BusinessCalendar, type IsoDate } from "@/server/calendar/business-days";
import type { AttributeValues } from "@/server/crm/attributes";
import { evaluateCondition } from "./condition";
import { actionsOf, goLivePhase, type ActionRole, type ActionTemplate, type TemplateDocument } from "./document";

export type ScheduleProgress = {
  today: IsoDate;
  /** actionId → completion date. */
  done?: Readonly<Record<string, IsoDate>>;
  /** actionId → the date an already available action became available. */
  availableAt?: Readonly<Record<string, IsoDate>>;
  /** dateKey → the captured value. */
  capturedDates?: Readonly<Record<string, IsoDate>>;
};

export type ScheduleInput = {
  document: TemplateDocument;
  attributes: AttributeValues;
  start: IsoDate;
  calendar: BusinessCalendar;
  /**
   * The calendar of whoever does `action` — their holiday region and days off
   * (`calendar/member-calendar`) — for its due arithmetic; default `calendar`, the tenant's,
   * which also places phase starts and expected captured dates. Called once per action.
   */
  calendarFor?: (action: ActionTemplate) => BusinessCalendar;
  progress?: ScheduleProgress;
};

export type ScheduledAction = {
  id: string;
  phaseId: string;
  title: string;
  role: ActionRole;
  availableAt: IsoDate;
  dueAt: IsoDate;
  completesAt: IsoDate;
  done: boolean;
  critical: boolean;
  /** The existing actions of its AFTER list. */
  waitsFor: string[];
};

export type ScheduledPhase = { id: string; name: string; goLive: boolean; startsAt: IsoDate; endsAt: IsoDate };

export type Schedule = {
  /** Existing actions, in document order. */
  actions: ScheduledAction[];
  /** Ids of actions whose condition is false. */
  skipped: string[];
  phases: ScheduledPhase[];
  /** The end of the Go-Live phase; null for a template without phases. */
  goLiveDate: IsoDate | null;
  endDate: IsoDate;
  /** Action ids, earliest first. */
  criticalPath: string[];
};

/** What set a date, for walking the critical path back: a fact ends the walk. */
type Cause = { kind: "fact" } | { kind: "action"; node: Node } | { kind: "phase"; index: number };

type Node = {
  action: ActionTemplate;
  phaseIndex: number;
  order: number;
  deps: Node[];
  /** Actions expected to capture the date its due date is relative to. */
  capturers: Node[];
  availableAt: IsoDate;
  availableBy: Cause;
  dueAt: IsoDate;
  completesAt: IsoDate;
  /** `availability` when the due date follows from it. */
  completesBy: Cause | "availability";
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function assertDates(label: string, dates: Readonly<Record<string, IsoDate>> | undefined): void {
  for (const [key, date] of Object.entries(dates ?? {})) if (!isIsoDate(date)) throw new Error(`${label}[${key}] is not a calendar date: ${JSON.stringify(date)}`);
}

/** Existing actions linked to what they wait for; refuses links into a later phase (a cycle through phases). */
function buildNodes(doc: TemplateDocument, attributes: AttributeValues, captured: Readonly<Record<string, IsoDate>>) {
  const nodes = new Map<string, Node>();
  const skipped: string[] = [];
  const capturers = new Map<string, Node[]>();
  const ids = new Set<string>();
  actionsOf(doc).forEach(({ action, phaseIndex }, order) => {
    if (ids.has(action.id)) throw new Error(`Two actions share the id ${JSON.stringify(action.id)}`);
    ids.add(action.id);
    if (!evaluateCondition(action.condition, attributes)) {
      skipped.push(action.id);
      return;
    }
    const node: Node = { action, phaseIndex, order, deps: [], capturers: [], availableAt: "", availableBy: { kind: "fact" }, dueAt: "", completesAt: "", completesBy: "availability" };
    nodes.set(action.id, node);
    if (action.capturesDate) push(capturers, action.capturesDate.key, node);
  });
  for (const node of nodes.values()) {
    const { trigger, due } = node.action;
    if (trigger.kind === "AFTER") node.deps = [...new Set(trigger.actionIds)].flatMap((id) => nodes.get(id) ?? []);
    if (due.kind === "RELATIVE_TO_DATE" && !Object.hasOwn(captured, due.dateKey)) node.capturers = capturers.get(due.dateKey) ?? [];
    for (const dep of [...node.deps, ...node.capturers]) {
      if (dep.phaseIndex > node.phaseIndex) {
        const why = node.deps.includes(dep) ? "waits for" : "is due relative to a date captured by";
        throw new Error(`The template has a cycle: "${node.action.id}" ${why} "${dep.action.id}", in a later phase`);
      }
    }
  }
  return { nodes, skipped };
}

/** Kahn's algorithm over one phase's actions and the links between them. */
function phaseOrder(members: Node[]): Node[] {
  const inPhase = new Set(members);
  const waiting = new Map<Node, number>();
  const dependants = new Map<Node, Node[]>();
  for (const node of members) {
    const prerequisites = new Set([...node.deps, ...node.capturers].filter((p) => inPhase.has(p)));
    waiting.set(node, prerequisites.size);
    for (const p of prerequisites) push(dependants, p, node);
  }
  const queue = members.filter((n) => waiting.get(n) === 0);
  for (let q = 0; q < queue.length; q++) {
    for (const d of dependants.get(queue[q] as Node) ?? []) {
      const left = (waiting.get(d) ?? 0) - 1;
      waiting.set(d, left);
      if (left === 0) queue.push(d);
    }
  }
  if (queue.length < members.length) {
    const stuck = members.filter((n) => (waiting.get(n) ?? 0) > 0).map((n) => n.action.id);
    throw new Error(`The template has a cycle: these actions are on it or wait for it: ${stuck.join(", ")}`);
  }
  return queue;
}

export function scheduleTemplate(input: ScheduleInput): Schedule {
  const { document: doc, calendar, progress } = input;
  const captured = progress?.capturedDates ?? {};
  assertDates("input", { start: input.start, ...(progress ? { today: progress.today } : {}) });
  assertDates("progress.done", progress?.done);
  assertDates("progress.availableAt", progress?.availableAt);
  assertDates("progress.capturedDates", captured);

  const { nodes, skipped } = buildNodes(doc, input.attributes, captured);
  const byPhase: Node[][] = doc.phases.map(() => []);
  for (const node of nodes.values()) byPhase[node.phaseIndex]?.push(node);

  function place(node: Node, phaseStart: IsoDate, phaseIndex: number): void {
    const { id, due } = node.action;
    const cal = input.calendarFor?.(node.action) ?? calendar;
    const actualAvailable = progress?.availableAt?.[id];
    // The latest prerequisite sets the date; on a tie with the phase start the AFTER link wins
    // (it names an action), between prerequisites the one later in the document.
    let binding: Node | undefined;
    for (const dep of node.deps) {
      const bound = binding?.completesAt ?? phaseStart;
      if (dep.completesAt > bound || (dep.completesAt === bound && (binding === undefined || dep.order > binding.order))) binding = dep;
    }
    [node.availableAt, node.availableBy] =
      actualAvailable !== undefined
        ? [actualAvailable, { kind: "fact" }]
        : binding
          ? [binding.completesAt, { kind: "action", node: binding }]
          : [phaseStart, { kind: "phase", index: phaseIndex }];

    node.completesBy = "availability";
    if (due.kind === "AFTER_AVAILABLE" || (!Object.hasOwn(captured, due.dateKey) && node.capturers.length === 0)) {
      node.dueAt = addBusinessDays(cal, node.availableAt, Math.max(due.days, 0));
    } else {
      let date: IsoDate | undefined = captured[due.dateKey];
      let by: Cause = { kind: "fact" };
      for (const c of node.capturers) {
        const expected = addBusinessDays(calendar, c.completesAt, c.action.capturesDate?.expectedAfterDays ?? 0);
        if (date === undefined || expected >= date) [date, by] = [expected, { kind: "action", node: c }];
      }
      const relative = addBusinessDays(cal, date ?? node.availableAt, due.days);
      const earliest = rollForward(cal, node.availableAt);
      [node.dueAt, node.completesBy] = relative >= earliest ? [relative, by] : [earliest, "availability"];
    }

    const doneAt = progress?.done?.[id];
    node.completesAt = node.dueAt;
    if (doneAt !== undefined) [node.completesAt, node.completesBy] = [doneAt, { kind: "fact" }];
    else if (progress) {
      const today = rollForward(cal, progress.today);
      if (today > node.dueAt) [node.completesAt, node.completesBy] = [today, { kind: "fact" }];
    }
  }

  const phases: ScheduledPhase[] = [];
  /** Per phase, the action whose completion ends it (none when the phase ends as it starts). */
  const finishers: (Node | undefined)[] = [];
  const goLive = goLivePhase(doc);
  let phaseStart = rollForward(calendar, input.start);
  doc.phases.forEach((phase, index) => {
    const members = byPhase[index] ?? [];
    for (const node of phaseOrder(members)) place(node, phaseStart, index);
    let endsAt = phaseStart;
    let finisher: Node | undefined;
    for (const node of members) {
      // Members are in document order, so `>=` keeps the later of two that finish together.
      if (node.completesAt >= endsAt) [endsAt, finisher] = [node.completesAt, node];
    }
    finishers.push(finisher);
    phases.push({ id: phase.id, name: phase.name, goLive: phase === goLive, startsAt: phaseStart, endsAt });
    phaseStart = endsAt;
  });

  const goLiveIndex = goLive ? doc.phases.indexOf(goLive) : -1;
  const criticalPath = walkBack(goLiveIndex, finishers);
  const critical = new Set(criticalPath);
  const actions = [...nodes.values()].map(
    (n): ScheduledAction => ({
      id: n.action.id,
      phaseId: doc.phases[n.phaseIndex]?.id ?? "",
      title: n.action.title,
      role: n.action.role,
      availableAt: n.availableAt,
      dueAt: n.dueAt,
      completesAt: n.completesAt,
      done: progress?.done?.[n.action.id] !== undefined,
      critical: critical.has(n.action.id),
      waitsFor: n.deps.map((d) => d.action.id),
    }),
  );
  return {
    actions,
    skipped,
    phases,
    goLiveDate: phases[goLiveIndex]?.endsAt ?? null,
    endDate: phases.at(-1)?.endsAt ?? phaseStart,
    criticalPath,
  };
}

/** From the go-live phase's end back to the first date nothing scheduled here explains. */
function walkBack(goLiveIndex: number, finishers: (Node | undefined)[]): string[] {
  const path: string[] = [];
  const endOf = (index: number): Cause => {
    // A phase ends with its finisher, or — when nothing in it runs past its start — as it started.
    for (let i = index; i >= 0; i--) {
      const finisher = finishers[i];
      if (finisher) return { kind: "action", node: finisher };
    }
    return { kind: "fact" };
  };
  let cause: Cause = goLiveIndex < 0 ? { kind: "fact" } : endOf(goLiveIndex);
  while (cause.kind !== "fact") {
    if (cause.kind === "phase") {
      cause = endOf(cause.index - 1);
      continue;
    }
    const node: Node = cause.node;
    path.push(node.action.id);
    cause = node.completesBy === "availability" ? node.availableBy : node.completesBy;
  }
  return path.reverse();
}
