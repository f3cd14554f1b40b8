/** Evaluates a condition against a line's attribute values. */
import type { AttributeValues } from "@/server/crm/attributes";
import type { ConditionNode, ValueNode } from "./ast";
import { parsed } from "./parser";

function resolve(node: ValueNode, values: AttributeValues): number | string | boolean | undefined {
  if (node.kind === "literal") return node.value;
  return Object.hasOwn(values, node.name) ? values[node.name] : undefined;
}

function evaluate(node: ConditionNode, values: AttributeValues): boolean {
  switch (node.kind) {
    case "attribute":
    case "literal":
      return resolve(node, values) === true;
    case "not":
      return !evaluate(node.operand, values);
    case "and":
      return evaluate(node.left, values) && evaluate(node.right, values);
    case "or":
      return evaluate(node.left, values) || evaluate(node.right, values);
    case "compare": {
      const l = resolve(node.left, values);
      const r = resolve(node.right, values);
      // A value the line does not have satisfies no comparison: no numbersToPort, no porting.
      if (l === undefined || r === undefined) return false;
      if (node.op === "=") return l === r;
      if (node.op === "!=") return l !== r;
      if (!((typeof l === "number" && typeof r === "number") || (typeof l === "string" && typeof r === "string"))) return false;
      if (node.op === "<") return l < r;
      if (node.op === "<=") return l <= r;
      if (node.op === ">") return l > r;
      return l >= r;
    }
    case "in": {
      const subject = resolve(node.subject, values);
      if (subject === undefined) return false;
      return node.list.some((item) => item.value === subject) !== node.negated;
    }
  }
}

/**
 * Whether an action with this condition is created for a line with these values. No condition
 * means always. Templates are validated before they are published, so an unparsable condition
 * here is a bug to surface, not a reason to silently drop (or keep) an action.
 */
export function evaluateCondition(source: string | null, values: AttributeValues): boolean {
  if (source === null || source.trim() === "") return true;
  const result = parsed(source);
  if (!result.ok) throw new Error(`Cannot evaluate the condition ${JSON.stringify(source)}: ${result.error.message}`);
  return evaluate(result.ast, values);
}

/** The attribute names a condition uses, in order of first use; none when it does not parse. */
export function conditionAttributes(source: string): string[] {
  const result = parsed(source);
  if (!result.ok) return [];
  const names = new Set<string>();
  const visit = (node: ConditionNode): void => {
    if (node.kind === "attribute") names.add(node.name);
    else if (node.kind === "not") visit(node.operand);
    else if (node.kind === "in") visit(node.subject);
    else if (node.kind !== "literal") [node.left, node.right].forEach(visit);
  };
  visit(result.ast);
  return [...names];
}

