/** A small template document for the builder's unit tests: phases by name, actions by id. */
import type { ActionTemplate, Phase, TemplateDocument } from "@/server/templates/document";
import { actionTemplate } from "@/server/templates/testing/factories";

export function action(id: string, over: Partial<ActionTemplate> = {}): ActionTemplate {
  return actionTemplate(id, { title: `Title ${id}`, due: { kind: "AFTER_AVAILABLE", days: 2 }, ...over });
}

export const after = (...actionIds: string[]): ActionTemplate["trigger"] => ({ kind: "AFTER", actionIds });

export function phase(id: string, actions: ActionTemplate[], over: Partial<Phase> = {}): Phase {
  return { id, name: `Phase ${id}`, goLive: false, actions, ...over };
}

/** order: a, b (after a); install: c (after a), d; live: e. */
export function sampleDocument(): TemplateDocument {
  return {
    phases: [
      phase("order", [action("a"), action("b", { trigger: after("a") })]),
      phase("install", [action("c", { trigger: after("a") }), action("d")]),
      phase("live", [action("e")], { goLive: true }),
    ],
  };
}

/** "phase: ids" per phase, to compare layouts at a glance. */
export const layout = (doc: TemplateDocument) => doc.phases.map((p) => `${p.id}: ${p.actions.map((a) => a.id).join(" ")}`.trim());
