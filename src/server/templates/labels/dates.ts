/**
 * Captured dates and due rules in words: "On the installation date", "2 business days before
 * the porting date", "Records the porting date" — the date's own label, never its key. A date
 * without a label (a file from before labels existed) is named by the action that captures it.
 */
import { capturedDates } from "../dates";
import type { CapturedDate, DueRule, TemplateDocument } from "../document";
import { inSentence, sentence, type LabelWords } from "./words";

/** A date's label as a noun in a sentence; `head` lets a language pick its article (« la date… »). */
function named(label: string, words: LabelWords): string {
  const text = inSentence(label);
  return words.t("theDate", { label: text, head: text.split(/\s/, 1)[0]?.toLocaleLowerCase() ?? "" });
}

/** The date a key stands for in this template, as a noun: "the porting date". */
export function dateName(doc: TemplateDocument, key: string, words: LabelWords): string {
  const entry = capturedDates(doc).get(key);
  if (!entry) return words.t("dateMissing");
  return entry.label.trim() === "" ? words.t("dateOf", { action: entry.action.title }) : named(entry.label, words);
}

/** When an action is due, as its card says it. */
export function describeDue(rule: DueRule, doc: TemplateDocument, words: LabelWords): string {
  if (rule.kind === "AFTER_AVAILABLE") return sentence(words.t("dueAfterAvailable", { days: rule.days }));
  const date = dateName(doc, rule.dateKey, words);
  if (rule.days === 0) return sentence(words.t("dueOnDate", { date }));
  return sentence(words.t(rule.days < 0 ? "dueBeforeDate" : "dueAfterDate", { days: Math.abs(rule.days), date }));
}

/** What completing the action records: "Records the porting date". */
export function describeCapture(captured: CapturedDate, words: LabelWords): string {
  return sentence(captured.label.trim() === "" ? words.t("capturesUnnamed") : words.t("captures", { date: named(captured.label, words) }));
}
