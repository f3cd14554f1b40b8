/**
 * A project as Mark Won creates it, before the cascade starts it: every phase pending, and one
 * action per action template whose condition holds for the line's attributes — the others do
 * not exist, for this project, ever (DESIGN §3).
 */
import type { AttributeValues } from "@/server/crm/attributes";
import { evaluateCondition } from "@/server/templates/condition";
import { actionsOf, type TemplateDocument } from "@/server/templates/document";
import type { EngineProject } from "./state";

export function initialProject(document: TemplateDocument, attributes: AttributeValues): EngineProject {
  return {
    status: "ACTIVE",
    phases: document.phases.map((p) => ({ key: p.id, status: "PENDING" })),
    actions: actionsOf(document)
      .filter(({ action }) => evaluateCondition(action.condition, attributes))
      .map(({ action, phase }) => ({ key: action.id, phaseKey: phase.id, status: "TODO", availableOn: null, dueDate: null, doneOn: null, dueMovedAt: null })),
    capturedDates: {},
    goLiveDate: null,
  };
}
