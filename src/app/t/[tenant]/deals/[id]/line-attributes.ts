"use client";
/**
 * A line's attribute values between the form and the server. Inputs hold text (a number input
 * can be half typed); the server wants numbers, booleans and strings per the type's schema, and
 * an empty field means "not given", so it is left out rather than sent as "".
 */
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { useFormat } from "@/components/format";
import type { AttributeSchema } from "@/server/crm/attributes";

export type AttributeDraft = Record<string, string | boolean>;

export function draftOf(schema: AttributeSchema, values: Record<string, unknown>): AttributeDraft {
  const draft: AttributeDraft = {};
  for (const def of schema) {
    const value = values[def.key];
    draft[def.key] = def.type === "boolean" ? value === true : value === undefined || value === null ? "" : String(value);
  }
  return draft;
}

export function valuesOf(schema: AttributeSchema, draft: AttributeDraft): Record<string, string | number | boolean> {
  const values: Record<string, string | number | boolean> = {};
  for (const def of schema) {
    const raw = draft[def.key];
    if (def.type === "boolean") {
      values[def.key] = raw === true;
      continue;
    }
    if (typeof raw !== "string" || raw.trim() === "") continue;
    // A number that does not parse is sent as typed, so the server names the problem.
    values[def.key] = def.type === "number" && Number.isFinite(Number(raw)) ? Number(raw) : raw.trim();
  }
  return values;
}

/** "Extensions: 12 · On-site installation: yes": a line's attributes in one short line. */
export function useAttributeSummary() {
  const t = useTranslations("deals");
  const date = useFormat().calendar;
  return useCallback(
    (schema: AttributeSchema, values: Record<string, string | number | boolean>) =>
      schema
        .filter((def) => values[def.key] !== undefined && values[def.key] !== "")
        .map((def) => {
          const v = values[def.key];
          const shown = typeof v === "boolean" ? (v ? t("common.yes") : t("common.no")) : def.type === "date" && typeof v === "string" ? date(v) : String(v);
          return t("lines.attribute", { label: def.label, value: shown });
        })
        .join(" · "),
    [t, date],
  );
}
