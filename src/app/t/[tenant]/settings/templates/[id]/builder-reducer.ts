/**
 * The builder's edits to a template document, as a pure reducer: every change the board, the
 * card editor and drag and drop make goes through here, so each is testable without a browser
 * and the page can compare, save or reset the document as a plain value.
 *
 * The reducer keeps the document well-formed (ids stay unique, prerequisites never point at a
 * deleted action, due rules follow a captured date that is renamed) and leaves judging it as a
 * plan to `validateTemplate`.
 */
import { renameDateKey } from "@/server/templates/dates";
import type { ActionTemplate, Phase, TemplateDocument } from "@/server/templates/document";

export type ActionPatch = Partial<Omit<ActionTemplate, "id">>;

export type BuilderAction =
  | { type: "replace"; document: TemplateDocument }
  | { type: "addAction"; phaseId: string; action: ActionTemplate }
  | { type: "updateAction"; id: string; patch: ActionPatch }
  | { type: "deleteAction"; id: string }
  /** `toIndex` is the position in the target phase once the action has left its old place. */
  | { type: "moveAction"; id: string; toPhaseId: string; toIndex: number }
  | { type: "addPhase"; phase: Phase }
  | { type: "renamePhase"; id: string; name: string }
  | { type: "deletePhase"; id: string }
  | { type: "movePhase"; id: string; toIndex: number }
  | { type: "setGoLive"; id: string; goLive: boolean };

const clamp = (n: number, max: number) => Math.max(0, Math.min(Math.trunc(n), max));

function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const at = clamp(index, list.length);
  return [...list.slice(0, at), item, ...list.slice(at)];
}

function mapActions(doc: TemplateDocument, f: (a: ActionTemplate) => ActionTemplate): TemplateDocument {
  return { ...doc, phases: doc.phases.map((p) => ({ ...p, actions: p.actions.map(f) })) };
}

/**
 * Drops deleted actions from every AFTER list. An action left waiting for nothing starts with
 * its phase, which is what "waits for nothing" means; an empty AFTER list would be a problem
 * the person did not create.
 */
function forgetPrerequisites(doc: TemplateDocument, removed: ReadonlySet<string>): TemplateDocument {
  return mapActions(doc, (a) => {
    if (a.trigger.kind !== "AFTER" || !a.trigger.actionIds.some((id) => removed.has(id))) return a;
    const actionIds = a.trigger.actionIds.filter((id) => !removed.has(id));
    return { ...a, trigger: actionIds.length > 0 ? { kind: "AFTER", actionIds } : { kind: "PHASE_START" } };
  });
}

function moveAction(doc: TemplateDocument, id: string, toPhaseId: string, toIndex: number): TemplateDocument {
  const moving = doc.phases.flatMap((p) => p.actions).find((a) => a.id === id);
  if (!moving || !doc.phases.some((p) => p.id === toPhaseId)) return doc;
  const phases = doc.phases.map((p) => {
    const actions = p.actions.filter((a) => a.id !== id);
    return { ...p, actions: p.id === toPhaseId ? insertAt(actions, toIndex, moving) : actions };
  });
  return { ...doc, phases };
}

function movePhase(doc: TemplateDocument, id: string, toIndex: number): TemplateDocument {
  const phase = doc.phases.find((p) => p.id === id);
  if (!phase) return doc;
  return { ...doc, phases: insertAt(doc.phases.filter((p) => p.id !== id), toIndex, phase) };
}

export function builderReducer(doc: TemplateDocument, action: BuilderAction): TemplateDocument {
  switch (action.type) {
    case "replace":
      return action.document;
    case "addAction":
      return { ...doc, phases: doc.phases.map((p) => (p.id === action.phaseId ? { ...p, actions: [...p.actions, action.action] } : p)) };
    case "updateAction": {
      const before = doc.phases.flatMap((p) => p.actions).find((a) => a.id === action.id)?.capturesDate?.key;
      const next = mapActions(doc, (a) => (a.id === action.id ? { ...a, ...action.patch } : a));
      const after = action.patch.capturesDate?.key;
      return before && after ? renameDateKey(next, before, after) : next;
    }
    case "deleteAction": {
      const phases = doc.phases.map((p) => ({ ...p, actions: p.actions.filter((a) => a.id !== action.id) }));
      return forgetPrerequisites({ ...doc, phases }, new Set([action.id]));
    }
    case "moveAction":
      return moveAction(doc, action.id, action.toPhaseId, action.toIndex);
    case "addPhase":
      return { ...doc, phases: [...doc.phases, action.phase] };
    case "renamePhase":
      return { ...doc, phases: doc.phases.map((p) => (p.id === action.id ? { ...p, name: action.name } : p)) };
    case "deletePhase": {
      const gone = doc.phases.find((p) => p.id === action.id);
      if (!gone) return doc;
      const rest = { ...doc, phases: doc.phases.filter((p) => p.id !== action.id) };
      return forgetPrerequisites(rest, new Set(gone.actions.map((a) => a.id)));
    }
    case "movePhase":
      return movePhase(doc, action.id, action.toIndex);
    case "setGoLive":
      // One Go-Live phase: marking one unmarks the others. Unmarking leaves the default (the last phase).
      return { ...doc, phases: doc.phases.map((p) => ({ ...p, goLive: p.id === action.id ? action.goLive : action.goLive ? false : p.goLive })) };
  }
}
