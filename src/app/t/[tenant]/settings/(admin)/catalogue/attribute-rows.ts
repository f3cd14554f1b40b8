/**
 * The attribute schema as the editor holds it: rows with a stable id (so React keeps focus in
 * the right row when rows move) and options as typed, "100M, 200M". Converted to the schema
 * the server validates only on save.
 */
import type { AttributeSchema, AttributeType } from "@/server/crm/attributes";

export type AttributeRow = { rowId: string; key: string; label: string; type: AttributeType; options: string; required: boolean; keyEdited: boolean };

let next = 0;
export const newRowId = () => `row-${++next}`;

export function rowsOf(schema: AttributeSchema): AttributeRow[] {
  return schema.map((d) => ({ rowId: newRowId(), key: d.key, label: d.label, type: d.type, options: (d.options ?? []).join(", "), required: d.required, keyEdited: true }));
}

export function schemaOf(rows: AttributeRow[]) {
  return rows.map((r) => ({
    key: r.key.trim(),
    label: r.label.trim(),
    type: r.type,
    ...(r.type === "select" ? { options: r.options.split(",").map((o) => o.trim()).filter(Boolean) } : {}),
    required: r.required,
  }));
}

/** "Numbers to port" → "numbersToPort": the camelCase key templates refer to. */
export function keyFromLabel(label: string): string {
  const words = label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  const key = words.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join("");
  return key.replace(/^[^a-z]+/, "").slice(0, 40);
}
