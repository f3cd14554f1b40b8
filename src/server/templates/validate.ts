/**
 * Whether a template document makes sense as a plan (DESIGN §3): dependencies form a DAG that
 * only looks back, every action can become available, dates are captured before anything is
 * due relative to them, conditions fit the service type. Saving a draft shows these problems
 * on the cards they concern; publishing refuses a template that has any.
 *
 * Pure and browser-safe, and linear in the size of the template (Kahn for availability,
 * Tarjan for loops) because the builder re-validates on every edit.
 */
import { msg } from "@/server/errors";
import type { AttributeSchema } from "@/server/crm/attributes";
import { checkCondition } from "./condition";
import { actionsOf, type ActionTemplate, type TemplateDocument } from "./document";

export type ProblemTarget = { kind: "action"; id: string } | { kind: "phase"; id: string } | { kind: "template" };
export type ProblemField = "trigger" | "condition" | "due" | "capturesDate" | "goLive" | "actions";
export type TemplateProblem = { target: ProblemTarget; field?: ProblemField; message: string; span?: { start: number; end: number } };

/** Every message key this module produces besides the condition's; the catalogs are tested against it. */
export const TEMPLATE_PROBLEM_KEYS = [
  "templateNoPhases", "phaseEmpty", "goLiveTwice",
  "afterEmpty", "afterSelf", "afterMissing", "afterLaterPhase", "cycle", "unreachable",
  "dueDateNeverCaptured", "dueDateCapturedHere", "dueDateCapturedLater", "dateCapturedTwice", "capturedDateUnnamed",
] as const;
export type TemplateProblemKey = (typeof TEMPLATE_PROBLEM_KEYS)[number];

const problem = (key: TemplateProblemKey, values?: Record<string, string | number>) => msg(key, values);

type Node = { action: ActionTemplate; phaseIndex: number };

/** The dependency graph over actions by document index, reporting what makes an AFTER list wrong. */
function dependencies(nodes: Node[], report: (i: number, message: string) => void, phaseName: (pi: number) => string) {
  const index = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (!index.has(n.action.id)) index.set(n.action.id, i);
  });
  // deps: prerequisites that exist (a later-phase one still counts: it can close a loop).
  const deps: number[][] = nodes.map(() => []);
  const dependants: number[][] = nodes.map(() => []);
  // blocked: the action's own AFTER list already keeps it from ever becoming available.
  const blocked = nodes.map(() => false);
  nodes.forEach(({ action, phaseIndex }, i) => {
    if (action.trigger.kind !== "AFTER") return;
    const ids = [...new Set(action.trigger.actionIds)];
    if (ids.length === 0) {
      report(i, problem("afterEmpty"));
      blocked[i] = true;
    }
    let missing = 0;
    for (const id of ids) {
      const d = index.get(id);
      if (d === undefined || d === i) {
        if (d === i) report(i, problem("afterSelf"));
        else missing++;
        blocked[i] = true;
        continue;
      }
      const dep = nodes[d] as Node;
      // A phase starts only once the previous one is done, so waiting on a later phase waits forever.
      if (dep.phaseIndex > phaseIndex) {
        report(i, problem("afterLaterPhase", { action: dep.action.title, phase: phaseName(dep.phaseIndex) }));
        blocked[i] = true;
      }
      deps[i]?.push(d);
      dependants[d]?.push(i);
    }
    if (missing > 0) report(i, problem("afterMissing", { count: missing }));
  });
  return { deps, dependants, blocked };
}

/** Kahn's algorithm: what becomes available when everything available is done. */
function availability(nodes: Node[], deps: number[][], dependants: number[][], blocked: boolean[]): boolean[] {
  const waiting = deps.map((d) => d.length);
  const available = nodes.map(() => false);
  const queue: number[] = [];
  nodes.forEach(({ action }, i) => {
    if (action.trigger.kind === "PHASE_START") {
      available[i] = true;
      queue.push(i);
    }
  });
  for (let q = 0; q < queue.length; q++) {
    for (const s of dependants[queue[q] as number] ?? []) {
      waiting[s] = (waiting[s] ?? 0) - 1;
      if (waiting[s] === 0 && !blocked[s]) {
        available[s] = true;
        queue.push(s);
      }
    }
  }
  return available;
}

/** Tarjan's strongly connected components of size ≥ 2 among the given nodes (iterative: templates may be deep). */
function loops(candidates: boolean[], deps: number[][]): number[][] {
  const order = candidates.map(() => -1);
  const low = candidates.map(() => 0);
  const onStack = candidates.map(() => false);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  candidates.forEach((isCandidate, root) => {
    if (!isCandidate || order[root] !== -1) return;
    const frames: { v: number; next: number }[] = [{ v: root, next: 0 }];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { v: number; next: number };
      const { v } = frame;
      const w = deps[v]?.[frame.next++];
      if (w !== undefined) {
        if (!candidates[w]) continue;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          frames.push({ v: w, next: 0 });
        } else if (onStack[w]) low[v] = Math.min(low[v] as number, order[w] as number);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent.v] = Math.min(low[parent.v] as number, low[v] as number);
      if (low[v] === order[v]) {
        const component: number[] = [];
        let w2: number;
        do {
          w2 = stack.pop() as number;
          onStack[w2] = false;
          component.push(w2);
        } while (w2 !== v);
        if (component.length > 1) components.push(component.sort((a, b) => a - b));
      }
    }
  });
  return components;
}

/** The shortest loop from `start` back to itself in work order (prerequisite → dependant), within one component. */
function loopThrough(start: number, inComponent: Set<number>, dependants: number[][]): number[] {
  const parent = new Map<number, number>();
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q] as number;
    for (const s of dependants[v] ?? []) {
      if (s === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(parent.get(path[0] as number) as number);
        return path;
      }
      if (inComponent.has(s) && !parent.has(s)) {
        parent.set(s, v);
        queue.push(s);
      }
    }
  }
  return [start]; // not reached: every member of a component lies on a loop through it
}

/** Whether `from` is a transitive AFTER prerequisite of `to` within `to`'s phase. */
function precedesInPhase(from: number, to: number, nodes: Node[], deps: number[][]): boolean {
  const phase = (nodes[to] as Node).phaseIndex;
  const seen = new Set([to]);
  const queue = [to];
  for (let q = 0; q < queue.length; q++) {
    for (const d of deps[queue[q] as number] ?? []) {
      if (d === from) return true;
      if (!seen.has(d) && (nodes[d] as Node).phaseIndex === phase) {
        seen.add(d);
        queue.push(d);
      }
    }
  }
  return false;
}

type Add = (i: number, field: ProblemField, message: string, span?: { start: number; end: number }) => void;

/** AFTER lists, loops (on every card of a loop), then what can never start because of them. */
function dependencyProblems(nodes: Node[], add: Add, phaseName: (pi: number) => string): number[][] {
  const title = (i: number) => (nodes[i] as Node).action.title;
  const { deps, dependants, blocked } = dependencies(nodes, (i, m) => add(i, "trigger", m), phaseName);
  const available = availability(nodes, deps, dependants, blocked);
  const inLoop = nodes.map(() => false);
  for (const component of loops(available.map((a) => !a), deps)) {
    const members = new Set(component);
    const named = new Map<number, number[]>();
    for (const v of component) {
      let loop = named.get(v);
      if (!loop) {
        loop = loopThrough(v, members, dependants);
        for (const u of loop) if (!named.has(u)) named.set(u, loop);
      }
      // Each card reads its loop from itself: "Ship → Order hardware → Ship".
      const at = loop.indexOf(v);
      const rotated = [...loop.slice(at), ...loop.slice(0, at), v];
      add(v, "trigger", problem("cycle", { actions: rotated.map(title).join(" → ") }));
      inLoop[v] = true;
    }
  }
  nodes.forEach((_, i) => {
    // A card whose own list or loop is the cause already says so; this is for the ones downstream.
    if (available[i] || blocked[i] || inLoop[i]) return;
    const stuck = deps[i]?.find((d) => !available[d]);
    if (stuck !== undefined) add(i, "trigger", problem("unreachable", { action: title(stuck) }));
  });
  return deps;
}

/**
 * A date is named, captured once, and before anything is due relative to it. Messages name
 * dates by their label or by the action that captures them, never by their key.
 */
function dateProblems(nodes: Node[], deps: number[][], add: Add): void {
  const title = (i: number) => (nodes[i] as Node).action.title;
  const capturers = new Map<string, number[]>();
  nodes.forEach(({ action }, i) => {
    if (!action.capturesDate) return;
    const list = capturers.get(action.capturesDate.key) ?? [];
    list.push(i);
    capturers.set(action.capturesDate.key, list);
  });
  nodes.forEach(({ action, phaseIndex }, i) => {
    if (action.due.kind !== "RELATIVE_TO_DATE") return;
    const key = action.due.dateKey;
    const candidates = capturers.get(key) ?? [];
    const earlier = (c: number) => {
      const cp = (nodes[c] as Node).phaseIndex;
      return cp < phaseIndex || (cp === phaseIndex && c !== i && precedesInPhase(c, i, nodes, deps));
    };
    if (candidates.some(earlier)) return;
    const other = candidates.find((c) => c !== i);
    if (other !== undefined) add(i, "due", problem("dueDateCapturedLater", { action: title(other) }));
    else if (candidates.length > 0) add(i, "due", problem("dueDateCapturedHere"));
    else add(i, "due", problem("dueDateNeverCaptured"));
  });
  nodes.forEach(({ action }, i) => {
    if (action.capturesDate?.label.trim() === "") add(i, "capturesDate", problem("capturedDateUnnamed"));
  });
  for (const indices of capturers.values()) {
    if (indices.length < 2) continue;
    for (const i of indices) {
      const others = indices.filter((o) => o !== i).map(title);
      add(i, "capturesDate", problem("dateCapturedTwice", { actions: others.join(", "), count: others.length }));
    }
  }
}

export function validateTemplate(doc: TemplateDocument, attributes: AttributeSchema): TemplateProblem[] {
  if (doc.phases.length === 0) return [{ target: { kind: "template" }, message: problem("templateNoPhases") }];

  const nodes: Node[] = actionsOf(doc);
  const phaseProblems: TemplateProblem[][] = doc.phases.map(() => []);
  const actionProblems: TemplateProblem[][] = nodes.map(() => []);
  // Each card's problems in the order of its fields: trigger, condition, due date, captured date.
  const add: Add = (i, field, message, span) =>
    actionProblems[i]?.push({ target: { kind: "action", id: (nodes[i] as Node).action.id }, field, message, ...(span ? { span } : {}) });

  const goLive = doc.phases.filter((p) => p.goLive);
  doc.phases.forEach((p, pi) => {
    const target = { kind: "phase", id: p.id } as const;
    if (p.actions.length === 0) phaseProblems[pi]?.push({ target, field: "actions", message: problem("phaseEmpty") });
    if (p.goLive && goLive.length > 1) {
      const others = goLive.filter((o) => o !== p).map((o) => o.name);
      phaseProblems[pi]?.push({ target, field: "goLive", message: problem("goLiveTwice", { phases: others.join(", "), count: others.length }) });
    }
  });

  const deps = dependencyProblems(nodes, add, (pi) => doc.phases[pi]?.name ?? "");
  nodes.forEach(({ action }, i) => {
    if (action.condition === null || action.condition.trim() === "") return;
    const error = checkCondition(action.condition, attributes);
    if (error) add(i, "condition", error.message, { start: error.start, end: error.end });
  });
  dateProblems(nodes, deps, add);

  // Document order: each phase, then its actions' cards.
  let next = 0;
  return doc.phases.flatMap((p, pi) => {
    const cards = actionProblems.slice(next, next + p.actions.length).flat();
    next += p.actions.length;
    return [...(phaseProblems[pi] ?? []), ...cards];
  });
}
