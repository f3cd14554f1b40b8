/**
 * Tests for phone numbers as text: the example a phone field shows comes from the tenant's
 * country and is a number the form accepts for that country; stored numbers read
 * internationally.
 */
import { describe, expect, it } from "vitest";
import { normalizePhone } from "@/server/crm/phone";
import { formatPhone, phoneExample } from "./phone";

describe("phoneExample", () => {
  it.each([
    ["GB", "07400 123456"],
    ["FR", "06 12 34 56 78"],
    ["US", "(201) 555-0123"],
    ["DE", "01512 3456789"],
    ["be", "0450 00 12 34"],
  ])("%s → %s", (country, example) => {
    expect(phoneExample(country)).toBe(example);
  });

  it("is a number the contact form accepts as typed, in that country", () => {
    for (const country of ["GB", "FR", "US", "DE", "BE", "IE", "CH", "ES"]) {
      const example = phoneExample(country);
      expect(example, country).not.toBeNull();
      expect(normalizePhone(example ?? "", country).ok, `${country}: ${example}`).toBe(true);
    }
  });

  it("has none for a country libphonenumber does not know", () => {
    expect(phoneExample("XX")).toBeNull();
    expect(phoneExample("")).toBeNull();
  });
});

describe("formatPhone", () => {
  it("shows stored numbers with their country code and the country's grouping", () => {
    expect(formatPhone("+33612345678")).toBe("+33 6 12 34 56 78");
    expect(formatPhone("+447400123456")).toBe("+44 7400 123456");
  });

  it("shows an unreadable value as stored", () => {
    expect(formatPhone("not a number")).toBe("not a number");
  });
});
