/**
 * Bench: validating and scheduling a 200-action template (10 phases of 20), the work the
 * builder redoes on every edit and the engine's forecast on every completion.
 */
import type { AttributeSchema } from "../../src/server/crm/attributes";
import { holidaySet } from "../../src/server/calendar/holidays";
import type { ActionTemplate, TemplateDocument } from "../../src/server/templates/document";
import { scheduleTemplate } from "../../src/server/templates/schedule";
import { validateTemplate } from "../../src/server/templates/validate";
import { time, type Timing } from "./stats";

const ATTRIBUTES: AttributeSchema = [
  { key: "numbersToPort", label: "Numbers to port", type: "number", required: false },
  { key: "onSiteInstallation", label: "On-site installation", type: "boolean", required: false },
];

/** Chains within each phase, a link back to the previous phase, conditions and captured dates, as real templates have. */
export function largeTemplate(phases = 10, perPhase = 20): TemplateDocument {
  return {
    phases: Array.from({ length: phases }, (_, p) => ({
      id: `p${p}`,
      name: `Phase ${p + 1}`,
      goLive: p === phases - 1,
      actions: Array.from({ length: perPhase }, (_, i): ActionTemplate => {
        const id = `a${p}-${i}`;
        const waitsFor = [...(i > 0 ? [`a${p}-${i - 1}`] : []), ...(p > 0 && i % 5 === 2 ? [`a${p - 1}-${i}`] : [])];
        return {
          id,
          title: `Action ${p + 1}.${i + 1}`,
          description: "",
          role: i % 4 === 0 ? "CUSTOMER" : "TECHNICIAN",
          trigger: i % 3 === 0 || waitsFor.length === 0 ? { kind: "PHASE_START" } : { kind: "AFTER", actionIds: waitsFor },
          condition: i % 7 === 3 ? "numbersToPort > 0 and not onSiteInstallation" : null,
          due: p > 1 && i === 10 ? { kind: "RELATIVE_TO_DATE", dateKey: "portingDate", days: -2 } : { kind: "AFTER_AVAILABLE", days: 1 + (i % 4) },
          capturesDate: p === 1 && i === 4 ? { key: "portingDate", label: "Porting date", expectedAfterDays: 10 } : null,
          emails: [],
        };
      }),
    })),
  };
}

export async function benchTemplates(n: number): Promise<{ actions: number; validate: Timing; schedule: Timing; validateAndSchedule: Timing }> {
  const document = largeTemplate();
  const calendar = { workingDays: [1, 2, 3, 4, 5], holidays: holidaySet("FR", 2026, 2029) };
  const problems = validateTemplate(document, ATTRIBUTES);
  if (problems.length > 0) throw new Error(`the bench template is invalid: ${JSON.stringify(problems.slice(0, 3))}`);
  const schedule = () => scheduleTemplate({ document, attributes: { numbersToPort: 3, onSiteInstallation: false }, start: "2026-11-23", calendar });
  return {
    actions: document.phases.reduce((s, p) => s + p.actions.length, 0),
    validate: await time(async () => validateTemplate(document, ATTRIBUTES), { n }),
    schedule: await time(async () => schedule(), { n }),
    validateAndSchedule: await time(async () => (validateTemplate(document, ATTRIBUTES), schedule()), { n }),
  };
}
