/**
 * The sample service line the timeline preview schedules: what the form shows before anyone
 * types (chosen so conditional actions appear: one number to port, on-site installation on,
 * the first option) and how the form's raw inputs become attribute values. A blank or
 * unreadable field is left out, as a line without that value would be, so conditions over it
 * are false — the same reading `validateAttributes` and `evaluateCondition` give a real line.
 */
import { isIsoDate, type IsoDate } from "@/server/calendar/business-days";
import type { AttributeSchema, AttributeValues } from "@/server/crm/attributes";

/** Raw form values by attribute key: text as typed, checkboxes as booleans. */
export type SampleInputs = Readonly<Record<string, string | boolean>>;

export function sampleInputs(schema: AttributeSchema, today: IsoDate): Record<string, string | boolean> {
  return Object.fromEntries(
    schema.map((def) => {
      switch (def.type) {
        case "number":
          return [def.key, "1"];
        case "boolean":
          return [def.key, true];
        case "select":
          return [def.key, def.options?.[0] ?? ""];
        case "date":
          return [def.key, today];
        case "text":
          return [def.key, ""];
      }
    }),
  );
}

export function toAttributeValues(schema: AttributeSchema, inputs: SampleInputs): AttributeValues {
  const values: [string, number | boolean | string][] = [];
  for (const def of schema) {
    const raw = inputs[def.key];
    if (def.type === "boolean") {
      values.push([def.key, raw === true]);
      continue;
    }
    const text = typeof raw === "string" ? raw.trim() : "";
    if (text === "") continue;
    if (def.type === "number") {
      const n = Number(text);
      if (Number.isFinite(n)) values.push([def.key, n]);
    } else if (def.type === "date") {
      if (isIsoDate(text)) values.push([def.key, text]);
    } else if (def.type === "select") {
      if (def.options?.includes(text)) values.push([def.key, text]);
    } else values.push([def.key, text]);
  }
  return Object.fromEntries(values);
}
