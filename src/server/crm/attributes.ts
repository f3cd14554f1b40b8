/**
 * Service-type attribute schemas (DESIGN §2): the typed fields a service line of that type
 * carries (extensions, numbers to port…). Installation templates put conditions on these
 * values, so they are checked against the schema when a line is saved, not trusted as JSON.
 */
import { z } from "zod";
import { isIsoDate } from "@/server/calendar/business-days";
import { msg } from "@/server/errors";
import { KEYWORDS } from "@/server/templates/condition/lexer";

export const ATTRIBUTE_TYPES = ["number", "boolean", "text", "date", "select"] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

const TEXT_MAX = 500;

const option = z.string().trim().min(1, "attributeOptions").max(60, "attributeOptions");

export const attributeDefinition = z
  .object({
    // A camelCase identifier because template conditions refer to it by name.
    key: z
      .string({ error: "attributeKey" })
      .regex(/^[a-z][a-zA-Z0-9]{0,39}$/, "attributeKey")
      .refine((k) => !(KEYWORDS as readonly string[]).includes(k.toLowerCase()), "attributeKeyReserved"),
    label: z.string({ error: "attributeLabel" }).trim().min(1, "attributeLabel").max(60, "attributeLabel"),
    type: z.enum(ATTRIBUTE_TYPES, { error: "attributeTypeUnknown" }),
    options: z.array(option, { error: "attributeOptions" }).max(50, "attributeOptions").optional(),
    required: z.boolean().default(false),
  })
  .superRefine((d, ctx) => {
    const options = d.options ?? [];
    const wellFormed =
      d.type === "select" ? options.length > 0 && new Set(options).size === options.length : d.options === undefined;
    if (!wellFormed) ctx.addIssue({ code: "custom", path: ["options"], message: "attributeOptions" });
  });

export const attributeSchema = z
  .array(attributeDefinition)
  .max(40, "attributesTooMany")
  .superRefine((defs, ctx) => {
    const seen = new Set<string>();
    defs.forEach((d, i) => {
      if (seen.has(d.key)) {
        ctx.addIssue({ code: "custom", path: [i, "key"], message: msg("attributeKeyDuplicate", { key: d.key }) });
      }
      seen.add(d.key);
    });
  });

export type AttributeDefinition = z.output<typeof attributeDefinition>;
export type AttributeSchema = z.output<typeof attributeSchema>;
export type AttributeValues = Record<string, number | boolean | string>;

type Check = { value: number | boolean | string } | { error: string } | "missing";

function check(def: AttributeDefinition, raw: unknown): Check {
  if (raw === undefined || raw === null) return "missing";
  // An emptied number input gives NaN in the browser: that is a blank field, not a wrong value.
  if (typeof raw === "number" && Number.isNaN(raw)) return "missing";
  if (typeof raw === "string" && raw.trim() === "" && def.type !== "boolean") return "missing";
  const wrongType = { error: msg("attributeType", { type: def.type }) };
  switch (def.type) {
    case "number":
      return typeof raw === "number" && Number.isFinite(raw) ? { value: raw } : wrongType;
    case "boolean":
      return typeof raw === "boolean" ? { value: raw } : wrongType;
    case "text": {
      if (typeof raw !== "string") return wrongType;
      const text = raw.trim();
      return text.length > TEXT_MAX ? { error: msg("attributeTooLong", { max: TEXT_MAX }) } : { value: text };
    }
    case "date":
      return typeof raw === "string" && isIsoDate(raw.trim()) ? { value: raw.trim() } : wrongType;
    case "select":
      if (typeof raw !== "string") return wrongType;
      return def.options?.includes(raw.trim()) ? { value: raw.trim() } : { error: "attributeOption" };
  }
}

/** A line's attribute values against its service type's schema; errors are keyed by attribute key. */
export function validateAttributes(
  schema: AttributeSchema,
  input: Record<string, unknown>,
): { ok: true; values: AttributeValues } | { ok: false; errors: Record<string, string> } {
  // Entries, not assignments, so a key such as "__proto__" in the input is reported, not swallowed.
  const values: [string, number | boolean | string][] = [];
  const errors: [string, string][] = [];
  const known = new Set(schema.map((d) => d.key));
  for (const key of Object.keys(input)) {
    if (!known.has(key)) errors.push([key, "attributeUnknown"]);
  }
  for (const def of schema) {
    const result = check(def, Object.hasOwn(input, def.key) ? input[def.key] : undefined);
    if (result === "missing") {
      if (def.required) errors.push([def.key, "attributeRequired"]);
    } else if ("error" in result) {
      errors.push([def.key, result.error]);
    } else {
      values.push([def.key, result.value]);
    }
  }
  return errors.length > 0 ? { ok: false, errors: Object.fromEntries(errors) } : { ok: true, values: Object.fromEntries(values) };
}

/**
 * Attribute schemas of the seeded catalogue, by catalogue code. Dates (porting, go-live) are
 * not here: they are captured by the deployment project, not at sale.
 */
export type CatalogueCode = "3cx" | "ftto" | "sip" | "porting";

export const DEFAULT_ATTRIBUTES: Readonly<Record<CatalogueCode, AttributeSchema>> = {
  "3cx": [
    { key: "extensions", label: "Extensions", type: "number", required: true },
    { key: "numbersToPort", label: "Numbers to port", type: "number", required: false },
    { key: "onSiteInstallation", label: "On-site installation", type: "boolean", required: false },
    { key: "siteAddress", label: "Site address", type: "text", required: false },
  ],
  ftto: [
    { key: "bandwidth", label: "Bandwidth", type: "select", options: ["100M", "200M", "500M", "1G"], required: true },
    { key: "siteAddress", label: "Site address", type: "text", required: true },
  ],
  sip: [{ key: "channels", label: "Channels", type: "number", required: true }],
  porting: [{ key: "numbersToPort", label: "Numbers to port", type: "number", required: true }],
};
