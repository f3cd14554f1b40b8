/** Template pieces for tests: an action with plain defaults, overridden field by field. */
import type { ActionTemplate } from "../document";

/** A technician's task, available when its phase starts, due one business day later. */
export function actionTemplate(id: string, over: Partial<ActionTemplate> = {}): ActionTemplate {
  return {
    id,
    title: id,
    description: "",
    role: "TECHNICIAN",
    trigger: { kind: "PHASE_START" },
    condition: null,
    due: { kind: "AFTER_AVAILABLE", days: 1 },
    capturesDate: null,
    emails: [],
    ...over,
  };
}
