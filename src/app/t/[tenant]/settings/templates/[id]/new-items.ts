/**
 * New phases and actions for the builder. Ids are how AFTER lists point at actions, and phase
 * and action ids share one namespace in a document, so a new id is checked against all of them.
 */
import type { ActionTemplate, Phase, TemplateDocument } from "@/server/templates/document";

/** Every phase and action id of the document. */
export function idsOf(doc: TemplateDocument): Set<string> {
  return new Set(doc.phases.flatMap((p) => [p.id, ...p.actions.map((a) => a.id)]));
}

const randomId = () => crypto.randomUUID().slice(0, 8);

/** A short random id the document does not use yet (8 hex characters: a clash is rare, retried anyway). */
export function uniqueId(taken: ReadonlySet<string>, prefix: "a" | "p", random: () => string = randomId): string {
  for (;;) {
    const id = `${prefix}-${random()}`;
    if (!taken.has(id)) return id;
  }
}

/** An action as a designer usually starts one: a technician's task, available with its phase, due two business days later. */
export function newAction(doc: TemplateDocument, title: string, random?: () => string): ActionTemplate {
  return {
    id: uniqueId(idsOf(doc), "a", random),
    title,
    description: "",
    role: "TECHNICIAN",
    trigger: { kind: "PHASE_START" },
    condition: null,
    due: { kind: "AFTER_AVAILABLE", days: 2 },
    capturesDate: null,
    emails: [],
  };
}

export function newPhase(doc: TemplateDocument, name: string, random?: () => string): Phase {
  return { id: uniqueId(idsOf(doc), "p", random), name, goLive: false, actions: [] };
}
