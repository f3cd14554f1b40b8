/**
 * Conditions, due rules and captured dates in the reader's words, with the service type's
 * attribute labels and the template's date labels — never an expression or a key. Pure and
 * browser-safe, for the builder, the deployment engine's pages and emails alike; the words of
 * a language come in as `LabelWords` (`labelWords` in `for-locale.ts` builds them from the catalogs).
 */
export { describeCondition } from "./condition";
export { dateName, describeCapture, describeDue } from "./dates";
export { labelWordsFrom } from "./words";
export type { LabelKey, LabelWords } from "./words";
