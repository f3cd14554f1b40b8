import { describe, expect, it } from "vitest";
import { DEFAULT_ATTRIBUTES, type AttributeSchema } from "@/server/crm/attributes";
import { evaluateCondition } from "@/server/templates/condition";
import { sampleInputs, toAttributeValues } from "./sample-values";

const schema: AttributeSchema = [
  { key: "numbersToPort", label: "Numbers to port", type: "number", required: false },
  { key: "onSiteInstallation", label: "On-site installation", type: "boolean", required: false },
  { key: "bandwidth", label: "Bandwidth", type: "select", options: ["100M", "1G"], required: true },
  { key: "siteAddress", label: "Site address", type: "text", required: false },
  { key: "wishedDate", label: "Wished date", type: "date", required: false },
];

describe("sampleInputs", () => {
  it("starts with values that make conditional actions show", () => {
    expect(sampleInputs(schema, "2027-03-01")).toEqual({
      numbersToPort: "1",
      onSiteInstallation: true,
      bandwidth: "100M",
      siteAddress: "",
      wishedDate: "2027-03-01",
    });
    const values = toAttributeValues(DEFAULT_ATTRIBUTES["3cx"], sampleInputs(DEFAULT_ATTRIBUTES["3cx"], "2027-03-01"));
    expect(evaluateCondition("numbersToPort > 0", values)).toBe(true);
    expect(evaluateCondition("onSiteInstallation", values)).toBe(true);
  });
});

describe("toAttributeValues", () => {
  it("reads each input as its attribute's type", () => {
    expect(
      toAttributeValues(schema, {
        numbersToPort: " 0 ",
        onSiteInstallation: false,
        bandwidth: "1G",
        siteAddress: " 1 rue de la Paix ",
        wishedDate: "2027-04-01",
      }),
    ).toEqual({ numbersToPort: 0, onSiteInstallation: false, bandwidth: "1G", siteAddress: "1 rue de la Paix", wishedDate: "2027-04-01" });
  });

  it("leaves out blank and unreadable values, as a line without them", () => {
    const values = toAttributeValues(schema, { numbersToPort: "", bandwidth: "10G", siteAddress: "  ", wishedDate: "2027-02-30" });
    expect(values).toEqual({ onSiteInstallation: false });
    expect(evaluateCondition("numbersToPort > 0", values)).toBe(false);
    expect(toAttributeValues(schema, { numbersToPort: "abc" })).not.toHaveProperty("numbersToPort");
  });

  it("ignores inputs the schema does not define", () => {
    expect(toAttributeValues([], { stale: "1" })).toEqual({});
  });
});
