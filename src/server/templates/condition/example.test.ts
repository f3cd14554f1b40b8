/** The editor's example condition is written over the type's own attributes, and checks. */
import { describe, expect, it } from "vitest";
import type { AttributeSchema } from "@/server/crm/attributes";
import { checkCondition, exampleCondition } from "./index";

const attr = (key: string, type: AttributeSchema[number]["type"], options?: string[]): AttributeSchema[number] => ({ key, label: key, type, required: false, ...(options ? { options } : {}) });

describe("exampleCondition", () => {
  it("prefers a number, a yes/no or a choice, and writes a condition that checks", () => {
    const cases: [AttributeSchema, string][] = [
      [[attr("siteAddress", "text"), attr("numbersToPort", "number")], "numbersToPort > 0"],
      [[attr("onSiteInstallation", "boolean")], "onSiteInstallation"],
      [[attr("bandwidth", "select", ["100M", 'Pro "1G"', "10G"])], `bandwidth in ["100M", 'Pro "1G"']`],
      [[attr("goLive", "date")], 'goLive >= "2027-01-01"'],
      [[attr("siteAddress", "text")], 'siteAddress = "…"'],
    ];
    for (const [schema, example] of cases) {
      expect(exampleCondition(schema)).toBe(example);
      expect(checkCondition(example, schema)).toBeNull();
    }
  });

  it("has no example for a type without attributes", () => {
    expect(exampleCondition([])).toBeNull();
  });
});
