/**
 * What the Mark Won dialog decides per line that needs installing: the plan the server
 * proposes (deals.markWonPlan), what the person changed on it, and the `projects` choice
 * markWon receives. Only changes are kept, so a default shown is the default sent.
 */
import type { RouterInputs, RouterOutputs } from "@/components/router-types";

export type WonPlan = RouterOutputs["deals"]["markWonPlan"];
export type WonLine = WonPlan["lines"][number];
export type WonTemplate = WonLine["templates"][number];
export type WonMember = WonPlan["members"][number];
export type StaffRole = WonTemplate["roles"][number];
type ProjectChoice = NonNullable<RouterInputs["deals"]["markWon"]["projects"]>[number];

/** The person's changes to one line; what is left out keeps the plan's default. */
export type WonChoice = { templateId?: string; targetGoLive?: string; people?: Partial<Record<StaffRole, string | null>> };

/** The template the line will be deployed with: the one chosen, else its type's default (listed first). */
export function chosenTemplate(line: WonLine, choice: WonChoice | undefined): WonTemplate | undefined {
  return line.templates.find((t) => t.id === choice?.templateId) ?? line.templates[0];
}

/** Who takes each role the template needs: the person chosen, else the template's default. */
export function chosenPerson(template: WonTemplate, choice: WonChoice | undefined, role: StaffRole): string | null {
  const chosen = choice?.people?.[role];
  return chosen !== undefined ? chosen : (template.people[role] ?? null);
}

export function targetOf(plan: WonPlan, choice: WonChoice | undefined): string {
  return choice?.targetGoLive ?? plan.targetGoLive;
}

/** Every choice spelled out, so the projects match what the dialog showed. */
export function projectChoice(plan: WonPlan, line: WonLine, choice: WonChoice | undefined): ProjectChoice {
  const template = chosenTemplate(line, choice);
  return {
    serviceLineId: line.id,
    templateId: template?.id,
    targetGoLive: targetOf(plan, choice),
    people: template ? Object.fromEntries(template.roles.map((role) => [role, chosenPerson(template, choice, role)])) : undefined,
  };
}
