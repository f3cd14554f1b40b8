/**
 * A condition in words, with the service type's attribute labels: `numbersToPort > 0` reads
 * "Numbers to port > 0", `not onSiteInstallation` « Sans installation sur site »,
 * `bandwidth in ["500M", "1G"]` "Bandwidth is 500M or 1G". People type the condition
 * language in the editor; every other view shows this.
 *
 * The words say what the evaluator does, no more: a value the line lacks satisfies no
 * comparison, so `not extensions > 3` is not "Extensions ≤ 3" and reads "not (…)".
 */
import type { AttributeDefinition, AttributeSchema } from "@/server/crm/attributes";
import { checkCondition, parseCondition, type CompareOp, type ConditionNode, type LiteralNode, type ValueNode } from "../condition";
import { inSentence, sentence, type LabelWords } from "./words";

const OP = { "<": "lt", "<=": "le", ">": "gt", ">=": "ge", "=": "eq", "!=": "ne" } as const satisfies Record<CompareOp, string>;
/** The same comparison read from the other side: `0 < extensions` is "Extensions > 0". */
const FLIP = { "<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!=" } as const satisfies Record<CompareOp, CompareOp>;

type Operand = { node: ValueNode; def?: AttributeDefinition };

function describer(schema: AttributeSchema, words: LabelWords) {
  const { t } = words;
  const defs = new Map(schema.map((d) => [d.key, d]));
  const operand = (node: ValueNode): Operand => ({ node, def: node.kind === "attribute" ? defs.get(node.name) : undefined });
  const label = (def: AttributeDefinition) => inSentence(def.label);

  /** A literal as it reads next to an attribute of this type: text in quotes, options as they are. */
  function value(node: LiteralNode, def: AttributeDefinition | undefined): string {
    if (typeof node.value === "number") return words.number(node.value);
    if (typeof node.value === "boolean") return t(node.value ? "always" : "never");
    if (def?.type === "date") return words.date(node.value);
    return def?.type === "select" ? node.value : t("quoted", { text: node.value });
  }
  const side = (o: Operand, anchor: AttributeDefinition | undefined) => (o.def ? label(o.def) : value(o.node as LiteralNode, anchor));

  function compare(op: CompareOp, left: Operand, right: Operand): string {
    // The attribute leads, whichever side it was written on.
    const [a, b, o] = !left.def && right.def ? [right, left, FLIP[op]] : [left, right, op];
    const def = a.def;
    if (!def) return t("compare", { left: side(a, undefined), op: OP[o], right: side(b, undefined) });
    if (def.type === "boolean" && b.node.kind === "literal") {
      const yes = (b.node.value === true) === (o === "=");
      return yes ? label(def) : t("no", { label: label(def) });
    }
    if (def.type === "date") return t("dateCompare", { label: label(def), op: OP[o], date: side(b, def) });
    if ((def.type === "text" || def.type === "select") && b.node.kind === "literal") return t(o === "=" ? "is" : "isNot", { label: label(def), values: side(b, def) });
    return t("compare", { left: label(def), op: OP[o], right: side(b, def) });
  }

  function phrase(node: ConditionNode, parent?: "and" | "or"): string {
    switch (node.kind) {
      case "attribute":
        return side(operand(node), undefined);
      case "literal":
        return t(node.value === true ? "always" : "never");
      case "not":
        return negation(node.operand);
      case "and":
      case "or": {
        const text = t(node.kind, { left: phrase(node.left, node.kind), right: phrase(node.right, node.kind) });
        // "(A or B) and C": a reader has no precedence rules, so mixed groups say where they start.
        return parent && parent !== node.kind ? t("group", { condition: text }) : text;
      }
      case "compare":
        return compare(node.op, operand(node.left), operand(node.right));
      case "in": {
        const subject = operand(node.subject);
        const values = words.or(node.list.map((item) => value(item, subject.def)));
        return t(node.negated ? "isNot" : "is", { label: side(subject, undefined), values });
      }
    }
  }

  function negation(node: ConditionNode): string {
    if (node.kind === "not") return phrase(node.operand);
    if (node.kind === "literal") return t(node.value === true ? "never" : "always");
    const def = node.kind === "attribute" ? defs.get(node.name) : undefined;
    if (def) return t("no", { label: label(def) });
    return t("not", { condition: phrase(node) });
  }

  return phrase;
}

/**
 * The condition in the reader's words, or null when there is none or it does not check
 * against the schema (the editor then shows what was typed, with the problem).
 */
export function describeCondition(source: string | null, schema: AttributeSchema, words: LabelWords): string | null {
  if (source === null || source.trim() === "" || checkCondition(source, schema) !== null) return null;
  const parsed = parseCondition(source);
  return parsed.ok ? sentence(describer(schema, words)(parsed.ast)) : null;
}
