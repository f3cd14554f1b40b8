/**
 * The installation template document (DESIGN §3): ordered phases, each with action templates.
 * One shape serves the draft the builder edits, the immutable published versions, the JSON
 * export and the engine. The schema checks form only (lengths, enums, ids); whether the
 * document makes sense as a plan (cycles, conditions, captured dates) is `validate`'s job, so
 * a draft with problems can still be saved.
 */
import { z } from "zod";

/** Staff roles that own work; VIEWER owns none. */
export const STAFF_ACTION_ROLES = ["SALES", "SALES_ADMIN", "TECHNICIAN", "MANAGER", "SUPPORT", "ADMIN"] as const;
/** CUSTOMER acts on the status page; CARRIER is a third party the sales admin follows. */
export const ACTION_ROLES = [...STAFF_ACTION_ROLES, "CUSTOMER", "CARRIER"] as const;
export type ActionRole = (typeof ACTION_ROLES)[number];

/** Email templates an action may send on completion (their content arrives with communications, DESIGN §6). */
export const EMAIL_TEMPLATE_KEYS = ["milestone", "actionValidated", "statusLink", "customerActionRequested"] as const;
export type EmailTemplateKey = (typeof EMAIL_TEMPLATE_KEYS)[number];
/** Who receives it: the customer's technical contacts, or the project's people in a team role. */
export const EMAIL_AUDIENCES = ["TECHNICAL_CONTACTS", ...STAFF_ACTION_ROLES] as const;
export type EmailAudience = (typeof EMAIL_AUDIENCES)[number];

/** Business days are bounded so a typo (3000 instead of 3) is refused rather than scheduled years out. */
export const MAX_DAYS = 250;

const id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "templateId");
const dateKey = z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, "dateKey");
const days = z.number({ error: "dueDays" }).int("dueDays").min(-MAX_DAYS, "dueDays").max(MAX_DAYS, "dueDays");

export const triggerSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("PHASE_START") }),
    z.object({ kind: z.literal("AFTER"), actionIds: z.array(id).max(50) }),
  ],
  { error: "trigger" },
);

export const dueRuleSchema = z.discriminatedUnion(
  "kind",
  [
    /** N business days after the action becomes available. */
    z.object({ kind: z.literal("AFTER_AVAILABLE"), days: days.min(0, "dueDays") }),
    /** ±N business days around a date captured by an earlier action (porting date − 2). */
    z.object({ kind: z.literal("RELATIVE_TO_DATE"), dateKey, days }),
  ],
  { error: "dueRule" },
);

export const capturedDateSchema = z.object({
  /** How due rules refer to the date; derived from the label, never shown (`dates.ts`). */
  key: dateKey,
  /**
   * What people read ("Porting date"), in the template's language like its titles. Files and
   * drafts from before labels existed read as empty, which the validator asks to fill.
   */
  label: z.string().trim().max(60, "capturedDateLabel").default(""),
  /**
   * How many business days after the action is done the captured date usually falls. Previews
   * and forecasts use it until a real date is captured (a porting date is booked ~10 days out).
   */
  expectedAfterDays: z.number().int("dueDays").min(0, "dueDays").max(MAX_DAYS, "dueDays"),
});

export const emailOnCompletionSchema = z.object({
  template: z.enum(EMAIL_TEMPLATE_KEYS, { error: "emailTemplate" }),
  audience: z.enum(EMAIL_AUDIENCES, { error: "emailAudience" }),
});

export const actionTemplateSchema = z.object({
  id,
  title: z.string().trim().min(1, "actionTitle").max(120, "actionTitle"),
  /** Markdown. */
  description: z.string().max(5000, "descriptionTooLong").default(""),
  role: z.enum(ACTION_ROLES, { error: "actionRole" }),
  trigger: triggerSchema,
  /** Expression over the service type's attributes (`templates/condition`); null: always created. */
  condition: z.string().trim().max(500, "conditionTooLong").nullable().default(null),
  due: dueRuleSchema,
  capturesDate: capturedDateSchema.nullable().default(null),
  emails: z.array(emailOnCompletionSchema).max(10).default([]),
});

export const phaseSchema = z.object({
  id,
  name: z.string().trim().min(1, "phaseName").max(80, "phaseName"),
  goLive: z.boolean().default(false),
  actions: z.array(actionTemplateSchema).max(200, "tooManyActions"),
});

export const templateDocumentSchema = z
  .object({
    phases: z.array(phaseSchema).max(30, "tooManyPhases"),
  })
  .superRefine((doc, ctx) => {
    // Ids are how triggers point at actions; a duplicate would make an arrow ambiguous.
    const seen = new Set<string>();
    doc.phases.forEach((p, pi) => {
      if (seen.has(p.id)) ctx.addIssue({ code: "custom", path: ["phases", pi, "id"], message: "templateIdDuplicate" });
      seen.add(p.id);
      p.actions.forEach((a, ai) => {
        if (seen.has(a.id)) ctx.addIssue({ code: "custom", path: ["phases", pi, "actions", ai, "id"], message: "templateIdDuplicate" });
        seen.add(a.id);
      });
    });
  });

export type Trigger = z.output<typeof triggerSchema>;
export type DueRule = z.output<typeof dueRuleSchema>;
export type CapturedDate = z.output<typeof capturedDateSchema>;
export type EmailOnCompletion = z.output<typeof emailOnCompletionSchema>;
export type ActionTemplate = z.output<typeof actionTemplateSchema>;
export type Phase = z.output<typeof phaseSchema>;
export type TemplateDocument = z.output<typeof templateDocumentSchema>;

/** Every action with its phase's position, in document order. */
export function actionsOf(doc: TemplateDocument): { action: ActionTemplate; phase: Phase; phaseIndex: number }[] {
  return doc.phases.flatMap((phase, phaseIndex) => phase.actions.map((action) => ({ action, phase, phaseIndex })));
}

/** The Go-Live phase: the one marked, else the last (DESIGN §3). */
export function goLivePhase(doc: TemplateDocument): Phase | undefined {
  return doc.phases.find((p) => p.goLive) ?? doc.phases.at(-1);
}
