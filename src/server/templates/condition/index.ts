/**
 * Action conditions (DESIGN §3): a small expression language over a service line's attributes
 * — `numbersToPort > 0`, `not onSiteInstallation and extensions >= 10`,
 * `bandwidth in ["500M", "1G"]` — that decides whether an action is created for that line.
 *
 * Pure and browser-safe: the builder checks a condition as the manager types it, the engine
 * evaluates it when a project starts. Every error is a `msg()` key with the span of the
 * offending token, so the editor can underline exactly what is wrong.
 */
export * from "./ast";
export { KEYWORDS } from "./lexer";
export { parseCondition } from "./parser";
export { checkCondition } from "./check";
export { conditionAttributes, evaluateCondition } from "./evaluate";
export { exampleCondition } from "./example";
