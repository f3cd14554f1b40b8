/**
 * Captured dates by name (DESIGN §3). The action that captures a date names it for people
 * ("Porting date", « Date de portage »); due rules refer to it by a key derived from that
 * name, which nobody reads. Renaming a date re-keys the due rules that refer to it, so a
 * name can change without breaking the plan.
 *
 * Pure and browser-safe: the builder edits with it, the validator and the labels read it.
 */
import { actionsOf, type ActionTemplate, type TemplateDocument } from "./document";

export type CapturedDateEntry = { key: string; label: string; action: ActionTemplate };

/** Each key the template captures, with the first action (in document order) that captures it. */
export function capturedDates(doc: TemplateDocument): Map<string, CapturedDateEntry> {
  const out = new Map<string, CapturedDateEntry>();
  for (const { action } of actionsOf(doc)) {
    const c = action.capturesDate;
    if (c && !out.has(c.key)) out.set(c.key, { key: c.key, label: c.label, action });
  }
  return out;
}

const KEY_MAX = 40;

/**
 * A label's key: its letters and digits in camelCase, accents dropped ("Date d’installation"
 * → "dateDInstallation"). Always a valid key: a label with no letter gives "date", one that
 * starts with a digit is prefixed ("2nd visit" → "date2ndVisit").
 */
export function dateKeyFromLabel(label: string): string {
  const words = label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== "");
  const camel = words.map((w, i) => (i === 0 ? w.toLowerCase() : `${w.charAt(0).toUpperCase()}${w.slice(1).toLowerCase()}`)).join("");
  const key = camel === "" ? "date" : /^[a-z]/.test(camel) ? camel : `date${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
  return key.slice(0, KEY_MAX);
}

/**
 * The document after the date `from` became `to`: due rules relative to `from` follow it,
 * unless another action still captures `from` (they are then still right as they are).
 */
export function renameDateKey(doc: TemplateDocument, from: string, to: string): TemplateDocument {
  if (from === to || capturedDates(doc).has(from)) return doc;
  return {
    ...doc,
    phases: doc.phases.map((p) => ({
      ...p,
      actions: p.actions.map((a) => (a.due.kind === "RELATIVE_TO_DATE" && a.due.dateKey === from ? { ...a, due: { ...a.due, dateKey: to } } : a)),
    })),
  };
}
