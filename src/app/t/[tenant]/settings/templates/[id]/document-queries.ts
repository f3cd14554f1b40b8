/** Questions the builder asks of a template document: where an action is, what it may wait for (dates: `@/server/templates/dates`). */
import { actionsOf, type ActionTemplate, type Phase, type TemplateDocument } from "@/server/templates/document";

export type Located = { action: ActionTemplate; phase: Phase; phaseIndex: number; index: number };

export function locateAction(doc: TemplateDocument, id: string): Located | undefined {
  for (const [phaseIndex, phase] of doc.phases.entries()) {
    const index = phase.actions.findIndex((a) => a.id === id);
    if (index >= 0) return { action: phase.actions[index] as ActionTemplate, phase, phaseIndex, index };
  }
  return undefined;
}

export type Prerequisite = { id: string; title: string; phase: string; eligible: boolean };

/**
 * What an action may wait for: the other actions of its phase and of earlier phases (DESIGN
 * §3), in document order. Prerequisites it already has that are not allowed (a later phase)
 * or no longer exist are listed too, marked ineligible, so they can be unchecked.
 */
export function prerequisiteChoices(doc: TemplateDocument, id: string): Prerequisite[] {
  const here = locateAction(doc, id);
  if (!here) return [];
  const chosen = here.action.trigger.kind === "AFTER" ? here.action.trigger.actionIds : [];
  const choices = actionsOf(doc)
    .filter(({ action, phaseIndex }) => action.id !== id && (phaseIndex <= here.phaseIndex || chosen.includes(action.id)))
    .map(({ action, phase, phaseIndex }) => ({ id: action.id, title: action.title, phase: phase.name, eligible: phaseIndex <= here.phaseIndex }));
  const known = new Set(choices.map((c) => c.id));
  const missing = chosen.filter((c) => !known.has(c) && c !== id).map((c) => ({ id: c, title: c, phase: "", eligible: false }));
  return [...choices, ...missing];
}

/** The titles of the actions an AFTER list names, in its order; an id that no longer exists shows as itself. */
export function titlesOf(doc: TemplateDocument, ids: readonly string[]): string[] {
  const titles = new Map(actionsOf(doc).map(({ action }) => [action.id, action.title]));
  return ids.map((id) => titles.get(id) ?? id);
}

/** Whether the document differs from a saved one; documents are small, so comparing their JSON is cheap and exact. */
export function sameDocument(a: TemplateDocument, b: TemplateDocument): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
