/**
 * Tests for service-type attribute schemas: the definitions an admin saves, the catalogue's
 * defaults, and the values a service line carries checked against its type's schema.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { DEFAULT_ATTRIBUTES, attributeDefinition, attributeSchema, validateAttributes, type AttributeSchema } from "./attributes";

function issues(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, v: unknown) {
  const r = schema.safeParse(v);
  return r.success ? {} : Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

const def = (d: Record<string, unknown>) => ({ key: "extensions", label: "Extensions", type: "number", ...d });

describe("attributeDefinition", () => {
  it("defaults required to false and trims the label and options", () => {
    expect(attributeDefinition.parse(def({ label: "  Extensions " }))).toEqual({ key: "extensions", label: "Extensions", type: "number", required: false });
    expect(attributeDefinition.parse(def({ type: "select", options: [" 1G ", "10G"], required: true }))).toEqual({
      key: "extensions",
      label: "Extensions",
      type: "select",
      options: ["1G", "10G"],
      required: true,
    });
  });

  it.each(["", "Extensions", "1extension", "site_address", "site-address", "é", "a".repeat(41), " key"])("refuses the key %j", (key) => {
    expect(issues(attributeDefinition, def({ key }))).toEqual({ key: "attributeKey" });
  });

  it.each(["x", "numbersToPort", "sip2", "a".repeat(40), "constructor"])("accepts the key %j", (key) => {
    expect(issues(attributeDefinition, def({ key }))).toEqual({});
  });

  it.each(["", "   ", "x".repeat(61)])("refuses the label %j", (label) => {
    expect(issues(attributeDefinition, def({ label }))).toEqual({ label: "attributeLabel" });
  });

  it("refuses an unknown type", () => {
    expect(issues(attributeDefinition, def({ type: "email" }))).toEqual({ type: "attributeTypeUnknown" });
  });

  it.each([
    ["select without options", { type: "select" }],
    ["select with no options", { type: "select", options: [] }],
    ["select with duplicate options", { type: "select", options: ["1G", "1G"] }],
    ["select with options equal once trimmed", { type: "select", options: ["1G", " 1G"] }],
    ["options on a number", { type: "number", options: ["1"] }],
    ["empty options on a text", { type: "text", options: [] }],
  ])("refuses %s", (_what, d) => {
    expect(issues(attributeDefinition, def(d))).toEqual({ options: "attributeOptions" });
  });

  it("refuses a blank option", () => {
    expect(issues(attributeDefinition, def({ type: "select", options: ["1G", " "] }))).toEqual({ "options.1": "attributeOptions" });
  });
});

describe("attributeSchema", () => {
  it("accepts an empty schema and up to 40 attributes", () => {
    expect(attributeSchema.parse([])).toEqual([]);
    const forty = Array.from({ length: 40 }, (_, i) => def({ key: `field${i}` }));
    expect(attributeSchema.parse(forty)).toHaveLength(40);
    expect(issues(attributeSchema, [...forty, def({ key: "oneMore" })])).toEqual({ "": "attributesTooMany" });
  });

  it("names the duplicate key, on each repeat", () => {
    expect(issues(attributeSchema, [def({}), def({ key: "siteAddress", type: "text" }), def({ label: "Again" })])).toEqual({
      "2.key": "attributeKeyDuplicate?key=extensions",
    });
  });

  it("holds the catalogue's defaults", () => {
    for (const [code, schema] of Object.entries(DEFAULT_ATTRIBUTES)) {
      expect(attributeSchema.parse(schema), code).toEqual(schema);
    }
    expect(DEFAULT_ATTRIBUTES["3cx"].map((d) => d.key)).toEqual(["extensions", "numbersToPort", "onSiteInstallation", "siteAddress"]);
    expect(DEFAULT_ATTRIBUTES.ftto.find((d) => d.key === "bandwidth")?.options).toEqual(["100M", "200M", "500M", "1G"]);
  });
});

const schema: AttributeSchema = [
  { key: "extensions", label: "Extensions", type: "number", required: true },
  { key: "numbersToPort", label: "Numbers to port", type: "number", required: false },
  { key: "onSiteInstallation", label: "On-site installation", type: "boolean", required: true },
  { key: "siteAddress", label: "Site address", type: "text", required: false },
  { key: "portingDate", label: "Porting date", type: "date", required: false },
  { key: "bandwidth", label: "Bandwidth", type: "select", options: ["100M", "1G"], required: false },
];
const ok = { extensions: 12, onSiteInstallation: false };
const errorsOf = (input: Record<string, unknown>) => {
  const r = validateAttributes(schema, input);
  return r.ok ? {} : r.errors;
};

describe("validateAttributes", () => {
  it("keeps given values, trims text, and omits optional ones left out", () => {
    expect(validateAttributes(schema, { ...ok, siteAddress: "  1 rue de la Paix, Paris ", portingDate: "2026-02-28", bandwidth: "1G", numbersToPort: -2.5 })).toEqual({
      ok: true,
      values: { extensions: 12, onSiteInstallation: false, siteAddress: "1 rue de la Paix, Paris", portingDate: "2026-02-28", bandwidth: "1G", numbersToPort: -2.5 },
    });
    expect(validateAttributes(schema, { ...ok, siteAddress: "   ", numbersToPort: null, bandwidth: "" })).toEqual({ ok: true, values: ok });
  });

  it("reports missing required values, including blank and NaN (an emptied number input)", () => {
    expect(errorsOf({})).toEqual({ extensions: "attributeRequired", onSiteInstallation: "attributeRequired" });
    expect(errorsOf({ ...ok, extensions: Number.NaN })).toEqual({ extensions: "attributeRequired" });
    expect(errorsOf({ ...ok, extensions: "  " })).toEqual({ extensions: "attributeRequired" });
  });

  it("reports keys the schema does not have, even awkward ones", () => {
    expect(errorsOf({ ...ok, colour: "red" })).toEqual({ colour: "attributeUnknown" });
    expect(errorsOf(JSON.parse(`{"extensions":1,"onSiteInstallation":true,"__proto__":1}`) as Record<string, unknown>)).toEqual(
      Object.fromEntries([["__proto__", "attributeUnknown"]]),
    );
    expect(validateAttributes([], {})).toEqual({ ok: true, values: {} });
  });

  it.each([
    ["extensions", "12", "attributeType?type=number"],
    ["extensions", Number.POSITIVE_INFINITY, "attributeType?type=number"],
    ["extensions", true, "attributeType?type=number"],
    ["onSiteInstallation", "true", "attributeType?type=boolean"],
    ["onSiteInstallation", 1, "attributeType?type=boolean"],
    ["onSiteInstallation", "", "attributeType?type=boolean"],
    ["siteAddress", 42, "attributeType?type=text"],
    ["siteAddress", "x".repeat(501), "attributeTooLong?max=500"],
    ["portingDate", "2026-02-30", "attributeType?type=date"],
    ["portingDate", "2026-13-01", "attributeType?type=date"],
    ["portingDate", "2026-2-3", "attributeType?type=date"],
    ["portingDate", "2026-02-28T10:00:00Z", "attributeType?type=date"],
    ["portingDate", new Date("2026-02-28"), "attributeType?type=date"],
    ["bandwidth", "10G", "attributeOption"],
    ["bandwidth", "1g", "attributeOption"],
    ["bandwidth", ["1G"], "attributeType?type=select"],
  ])("%s = %j → %s", (key, value, error) => {
    expect(errorsOf({ ...ok, [key]: value })).toEqual({ [key]: error });
  });

  it("accepts 500 characters of text and leap days", () => {
    expect(errorsOf({ ...ok, siteAddress: "x".repeat(500), portingDate: "2028-02-29" })).toEqual({});
    expect(errorsOf({ ...ok, portingDate: "2027-02-29" })).toEqual({ portingDate: "attributeType?type=date" });
  });

  it("accepts every real calendar date and only those", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const s = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
        const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
        expect(validateAttributes(schema, { ...ok, portingDate: s }).ok).toBe(d <= days);
      }),
    );
  });

  it("accepts every finite number, and returns it unchanged", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(validateAttributes(schema, { ...ok, numbersToPort: n })).toEqual({ ok: true, values: { ...ok, numbersToPort: n } });
      }),
    );
  });
});
