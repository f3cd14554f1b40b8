/** The condition language's tree, its error shape and message keys, shared by its parser, checker and evaluator. */
import { msg } from "@/server/errors";

export type CompareOp = "=" | "!=" | "<" | "<=" | ">" | ">=";
/** Offsets in the source, end exclusive. */
export type Span = { start: number; end: number };
export type AttributeNode = Span & { kind: "attribute"; name: string };
export type LiteralNode = Span & { kind: "literal"; value: number | string | boolean };
export type ValueNode = AttributeNode | LiteralNode;
export type ConditionNode =
  | ValueNode
  | (Span & { kind: "not"; operand: ConditionNode })
  | (Span & { kind: "and" | "or"; left: ConditionNode; right: ConditionNode })
  | (Span & { kind: "compare"; op: CompareOp; opSpan: Span; left: ValueNode; right: ValueNode })
  | (Span & { kind: "in"; negated: boolean; opSpan: Span; subject: ValueNode; list: LiteralNode[] });

export type ConditionError = { message: string; start: number; end: number };
export type ParseResult = { ok: true; ast: ConditionNode } | { ok: false; error: ConditionError };

/** Every message key this module produces; the catalogs (`templateProblems`) are tested against it. */
export const CONDITION_MESSAGE_KEYS = [
  // Syntax
  "conditionEmpty", "conditionUnexpectedCharacter", "conditionUseKeyword", "conditionUnclosedString", "conditionUnquotedText",
  "conditionUnexpectedEnd", "conditionExpectedValue", "conditionExpectedOperator", "conditionUnclosedParen", "conditionUnmatchedParen",
  "conditionExpectedList", "conditionListValue", "conditionExpectedComma", "conditionUnclosedList", "conditionEmptyList",
  // Types
  "conditionUnknownAttribute", "conditionNotBoolean", "conditionNotOrdered", "conditionTypeMismatch", "conditionNotADate",
  "conditionUnknownOption", "conditionInNotApplicable",
] as const;
export type ConditionMessageKey = (typeof CONDITION_MESSAGE_KEYS)[number];

/** Thrown inside the parser and checker only, so each rule can stop at the first error. */
export class Failure {
  constructor(readonly error: ConditionError) {}
}
export function fail(key: ConditionMessageKey, span: Span, values?: Record<string, string | number>): never {
  throw new Failure({ message: msg(key, values), start: span.start, end: span.end });
}
