/**
 * Problems as the builder places them: on a card (an action, maybe one of its fields), on a
 * column header (a phase) or above the board (the template). They come from three sources
 * that must land in the same places: the validator run on every edit, the document's form
 * (an empty title, days out of range: what saving would refuse) and the server's answer to
 * publishing, keyed "action.<id>.<field>".
 */
import type { TemplateDocument } from "@/server/templates/document";
import type { ProblemField, ProblemTarget, TemplateProblem } from "@/server/templates/validate";

/** The validator's fields plus the ones only the document's form can get wrong. */
export type EditorField = ProblemField | "title" | "description" | "role" | "emails" | "name";
export type BuilderProblem = { target: ProblemTarget; field?: EditorField; message: string; span?: { start: number; end: number } };

export type ProblemIndex = {
  template: BuilderProblem[];
  phases: ReadonlyMap<string, BuilderProblem[]>;
  actions: ReadonlyMap<string, BuilderProblem[]>;
};

export function indexProblems(problems: readonly BuilderProblem[]): ProblemIndex {
  const template: BuilderProblem[] = [];
  const phases = new Map<string, BuilderProblem[]>();
  const actions = new Map<string, BuilderProblem[]>();
  const seen = new Set<string>();
  for (const p of problems) {
    // The server repeats what the browser already found; one message per place is enough.
    const key = JSON.stringify([p.target, p.field ?? null, p.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    if (p.target.kind === "template") template.push(p);
    else {
      const into = p.target.kind === "phase" ? phases : actions;
      into.set(p.target.id, [...(into.get(p.target.id) ?? []), p]);
    }
  }
  return { template, phases, actions };
}

/** The order of a card's fields in its editor, which its problems follow in the list. */
const FIELD_ORDER: readonly (EditorField | undefined)[] = ["name", "goLive", "actions", "title", "description", "role", "trigger", "condition", "due", "capturesDate", "emails", undefined];
const byField = (problems: readonly BuilderProblem[] = []) => [...problems].sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));

/** A line of the problems panel: the problem, the names of the phase and card it is about, and what to focus. */
export type ProblemEntry = {
  problem: BuilderProblem;
  phase?: string;
  action?: string;
  /** Null for the template as a whole: there is no one place to go. */
  focus: { kind: "phase" | "action"; id: string } | null;
};

/**
 * Every problem once, in the order the page reads: the template's, then each phase's and its
 * cards', each card's in the order of its fields. A problem about a card no longer in the
 * document (a server answer the edits have overtaken) is left out: it has nowhere to point.
 */
export function problemEntries(doc: TemplateDocument, index: ProblemIndex): ProblemEntry[] {
  const entries: ProblemEntry[] = index.template.map((problem) => ({ problem, focus: null }));
  for (const phase of doc.phases) {
    for (const problem of byField(index.phases.get(phase.id))) entries.push({ problem, phase: phase.name, focus: { kind: "phase", id: phase.id } });
    for (const action of phase.actions) {
      for (const problem of byField(index.actions.get(action.id))) entries.push({ problem, phase: phase.name, action: action.title, focus: { kind: "action", id: action.id } });
    }
  }
  return entries;
}

export const problemKey = (message: string) => message.split("?", 1)[0] ?? "";

/** A loop makes every schedule impossible, so the timeline preview has nothing to show. */
export const hasCycle = (problems: readonly TemplateProblem[]) => problems.some((p) => problemKey(p.message) === "cycle");

const ACTION_FIELDS: Record<string, EditorField> = {
  title: "title",
  description: "description",
  role: "role",
  trigger: "trigger",
  condition: "condition",
  due: "due",
  capturesDate: "capturesDate",
  emails: "emails",
};

/** Form problems of the document (zod issues over `templateDocumentSchema`), placed on their card or column. */
export function schemaProblems(doc: TemplateDocument, issues: readonly { path: readonly PropertyKey[]; message: string }[]): BuilderProblem[] {
  return issues.map(({ path, message }) => {
    const [, pi, , ai, field] = path;
    const phase = typeof pi === "number" ? doc.phases[pi] : undefined;
    if (!phase) return { target: { kind: "template" }, message };
    if (path[2] !== "actions") return { target: { kind: "phase", id: phase.id }, field: "name", message };
    const action = typeof ai === "number" ? phase.actions[ai] : undefined;
    if (!action) return { target: { kind: "phase", id: phase.id }, field: "actions", message };
    return { target: { kind: "action", id: action.id }, field: ACTION_FIELDS[String(field)], message };
  });
}

const FIELD_KEY = /^(action|phase)\.([A-Za-z0-9_-]+)(?:\.([A-Za-z]+))?$/;

/** The server's field errors for a refused publish ("action.<id>.<field>", "phase.<id>.goLive", "_") as problems. */
export function problemsFromFieldErrors(fieldErrors: Record<string, string[]>): BuilderProblem[] {
  return Object.entries(fieldErrors).flatMap(([key, messages]) => {
    const m = FIELD_KEY.exec(key);
    const kind = m?.[1];
    const target: ProblemTarget = m && (kind === "action" || kind === "phase") ? { kind, id: m[2] ?? "" } : { kind: "template" };
    const field = m?.[3] as EditorField | undefined;
    return messages.map((message) => ({ target, ...(field ? { field } : {}), message }));
  });
}
