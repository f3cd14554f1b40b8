/** Type-checks a condition against a service type's attribute schema. */
import { isIsoDate } from "@/server/calendar/business-days";
import type { AttributeDefinition, AttributeSchema, AttributeType } from "@/server/crm/attributes";
import { Failure, fail, type ConditionError, type ConditionNode, type Span, type ValueNode } from "./ast";
import { parsed } from "./parser";

type Typed = { node: ValueNode; type: AttributeType; def?: AttributeDefinition };

/** Text and select values are both strings and may be compared with each other. */
const family = (t: AttributeType): AttributeType => (t === "select" ? "text" : t);

function checker(source: string, schema: AttributeSchema) {
  const defs = new Map(schema.map((d) => [d.key, d]));
  const known = schema.map((d) => `${d.label} (${d.key})`).join(", ");
  const text = (span: Span) => source.slice(span.start, span.end);

  function typed(node: ValueNode): Typed {
    if (node.kind === "literal") {
      const type = typeof node.value === "number" ? "number" : typeof node.value === "boolean" ? "boolean" : "text";
      return { node, type };
    }
    // The attributes there are, by label with the name to type, so the fix is in the message.
    const def = defs.get(node.name) ?? fail("conditionUnknownAttribute", node, { name: node.name, attributes: known, count: schema.length });
    return { node, type: def.type, def };
  }

  /** Whether `other` may stand on the other side of `anchor` (an attribute, when there is one). */
  function compatible(anchor: Typed, other: Typed): void {
    const value = other.node.kind === "literal" ? other.node.value : undefined;
    if (anchor.def?.type === "date" && typeof value === "string" && !isIsoDate(value)) {
      fail("conditionNotADate", other.node, { value: text(other.node) });
    }
    // A quoted ISO date is how a date is written, so it stands for one next to a date attribute.
    const otherType = anchor.def?.type === "date" && typeof value === "string" ? "date" : other.type;
    if (family(anchor.type) !== family(otherType)) {
      fail("conditionTypeMismatch", other.node, { name: text(anchor.node), type: anchor.type, value: text(other.node) });
    }
    const options = anchor.def?.type === "select" ? (anchor.def.options ?? []) : null;
    if (options && typeof value === "string" && !options.includes(value)) {
      fail("conditionUnknownOption", other.node, { name: text(anchor.node), value, options: options.join(", ") });
    }
  }

  function check(node: ConditionNode): void {
    switch (node.kind) {
      case "attribute":
      case "literal": {
        const t = typed(node);
        if (t.type !== "boolean") fail("conditionNotBoolean", node, { name: text(node), type: t.type });
        return;
      }
      case "not":
        return check(node.operand);
      case "and":
      case "or":
        check(node.left);
        return check(node.right);
      case "compare": {
        const left = typed(node.left);
        const right = typed(node.right);
        const [anchor, other] = left.def || !right.def ? [left, right] : [right, left];
        const ordered = anchor.type === "number" || anchor.type === "date";
        if (node.op !== "=" && node.op !== "!=" && !ordered) fail("conditionNotOrdered", node.opSpan, { name: text(anchor.node), type: anchor.type });
        return compatible(anchor, other);
      }
      case "in": {
        const subject = typed(node.subject);
        if (family(subject.type) !== "text") fail("conditionInNotApplicable", node.opSpan, { name: text(node.subject), type: subject.type });
        for (const item of node.list) compatible(subject, typed(item));
        return;
      }
    }
  }
  return check;
}

/** Parses and type-checks a condition against the service type's attributes; null when it is sound. */
export function checkCondition(source: string, schema: AttributeSchema): ConditionError | null {
  const result = parsed(source);
  // A copy: the cached result is shared by every caller.
  if (!result.ok) return { ...result.error };
  try {
    checker(source, schema)(result.ast);
    return null;
  } catch (e) {
    if (e instanceof Failure) return e.error;
    throw e;
  }
}

