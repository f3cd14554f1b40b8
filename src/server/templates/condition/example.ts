/**
 * A condition to show as an example in the editor, written over the service type's own
 * attributes, so the example is one the person could keep (and never a key their type lacks).
 */
import type { AttributeSchema } from "@/server/crm/attributes";

/** The language has no escapes: either quote may delimit a text. */
const quoted = (text: string) => (text.includes('"') ? `'${text}'` : `"${text}"`);

export function exampleCondition(attributes: AttributeSchema): string | null {
  const a = attributes.find((x) => x.type === "number" || x.type === "boolean" || x.type === "select") ?? attributes[0];
  if (!a) return null;
  switch (a.type) {
    case "number":
      return `${a.key} > 0`;
    case "boolean":
      return a.key;
    case "select":
      return `${a.key} in [${(a.options ?? []).slice(0, 2).map(quoted).join(", ")}]`;
    case "date":
      return `${a.key} >= "2027-01-01"`;
    default:
      return `${a.key} = ${quoted("…")}`;
  }
}
