/**
 * Test-only fast-check arbitraries for installation template documents. `arbitraryTemplate()`
 * builds documents that are valid plans (no problem from `validateTemplate` against an empty
 * attribute schema) and acyclic: an AFTER list only names actions earlier in document order,
 * so in the same or an earlier phase. Validation, schedule and engine property tests share it.
 *
 * Action titles are unique ("Order hardware 3"), so a message naming actions reads back to them.
 */
import fc from "fast-check";
import { ACTION_ROLES, EMAIL_AUDIENCES, EMAIL_TEMPLATE_KEYS, type ActionTemplate, type DueRule, type TemplateDocument } from "../document";

export type ArbitraryTemplateOptions = { maxPhases?: number; maxActionsPerPhase?: number };

const TITLES = ["Order hardware", "Ship", "Configure the PBX", "Port the numbers", "Install on site", "Test calls", "Train users", "Approve"];

/** The random choices behind one action; mapped to a valid action once its position is known. */
const actionSeed = fc.record({
  title: fc.constantFrom(...TITLES),
  description: fc.constantFrom("", "Check the **serial numbers**."),
  role: fc.constantFrom(...ACTION_ROLES),
  // Indices into the actions before this one, reduced modulo their count.
  after: fc.option(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), { nil: null }),
  relative: fc.boolean(),
  pick: fc.nat(),
  days: fc.integer({ min: -10, max: 30 }),
  captures: fc.boolean(),
  expectedAfterDays: fc.integer({ min: 0, max: 20 }),
  emails: fc.array(fc.record({ template: fc.constantFrom(...EMAIL_TEMPLATE_KEYS), audience: fc.constantFrom(...EMAIL_AUDIENCES) }), { maxLength: 2 }),
});
type ActionSeed = typeof actionSeed extends fc.Arbitrary<infer T> ? T : never;

function build(phases: ActionSeed[][], goLive: number | null): TemplateDocument {
  const ids: string[] = [];
  // Keys captured in the phases before the current one: a due date relative to them is always sound.
  const capturedBefore: string[] = [];
  return {
    phases: phases.map((seeds, pi) => {
      const capturedHere: string[] = [];
      const actions = seeds.map((s): ActionTemplate => {
        const k = ids.length;
        const id = `a${k}`;
        const earlier = [...ids];
        ids.push(id);
        const due: DueRule =
          s.relative && capturedBefore.length > 0
            ? { kind: "RELATIVE_TO_DATE", dateKey: capturedBefore[s.pick % capturedBefore.length] as string, days: s.days }
            : { kind: "AFTER_AVAILABLE", days: Math.abs(s.days) };
        const key = `date${k}`;
        if (s.captures) capturedHere.push(key);
        return {
          id,
          title: `${s.title} ${k + 1}`,
          description: s.description,
          role: s.role,
          trigger:
            s.after && earlier.length > 0
              ? { kind: "AFTER", actionIds: [...new Set(s.after.map((n) => earlier[n % earlier.length] as string))] }
              : { kind: "PHASE_START" },
          condition: null,
          due,
          capturesDate: s.captures ? { key, label: `Date ${k + 1}`, expectedAfterDays: s.expectedAfterDays } : null,
          emails: s.emails,
        };
      });
      capturedBefore.push(...capturedHere);
      return { id: `p${pi}`, name: `Phase ${pi + 1}`, goLive: goLive !== null && goLive % phases.length === pi, actions };
    }),
  };
}

/** Valid, acyclic template documents with 1–`maxPhases` phases of 1–`maxActionsPerPhase` actions. */
export function arbitraryTemplate(options: ArbitraryTemplateOptions = {}): fc.Arbitrary<TemplateDocument> {
  const { maxPhases = 5, maxActionsPerPhase = 6 } = options;
  const phases = fc.array(fc.array(actionSeed, { minLength: 1, maxLength: maxActionsPerPhase }), { minLength: 1, maxLength: maxPhases });
  return fc.tuple(phases, fc.option(fc.nat(), { nil: null })).map(([p, goLive]) => build(p, goLive));
}
