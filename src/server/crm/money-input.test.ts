/**
 * Tests for reading a price a person typed: separators, thousands spaces, and the refusals
 * (not a number, negative, more than 2 decimals, too large).
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import Decimal from "decimal.js";
import { moneyInput } from "./money";

function issues(input: unknown): string[] {
  const r = moneyInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe("moneyInput", () => {
  it.each([
    ["12", "12.00"],
    ["12.5", "12.50"],
    ["12,50", "12.50"],
    ["  12,5  ", "12.50"],
    ["0", "0.00"],
    ["0,01", "0.01"],
    [".5", "0.50"],
    [",75", "0.75"],
    ["007", "7.00"],
    ["-0", "0.00"],
    ["1 234,50", "1234.50"],
    ["1\u202f234,50", "1234.50"],
    ["1\u00a0234\u00a0567.8", "1234567.80"],
    ["9999999999.99", "9999999999.99"],
    ["0000000000012", "12.00"],
  ])("%j → %j", (raw, normalized) => {
    expect(moneyInput.parse(raw)).toBe(normalized);
  });

  it.each(["", "   ", "abc", "12a", "1.2.3", "12.", "1e3", "+12", "12 ,5", "--1", "-", ".", "1 2", "1234 567", "12,5,0", "NaN", "Infinity", "0x10"])(
    "%j is not a price",
    (raw) => {
      expect(issues(raw)).toEqual(["priceFormat"]);
    },
  );

  it("refuses non-strings with the format message", () => {
    expect(issues(12)).toEqual(["priceFormat"]);
    expect(issues(null)).toEqual(["priceFormat"]);
  });

  it.each(["-1", "-0.01", "-12,50", "-12.345"])("%j is negative", (raw) => {
    expect(issues(raw)).toEqual(["priceNegative"]);
  });

  it.each(["12.345", "0,001", "12.500", "1,234"])("%j has too many decimals", (raw) => {
    expect(issues(raw)).toEqual(["priceDecimals"]);
  });

  it("allows 10 integer digits, not 11", () => {
    expect(issues("9999999999")).toEqual([]);
    expect(issues("10000000000")).toEqual(["priceTooLarge?digits=10"]);
    expect(issues("12 345 678 901,00")).toEqual(["priceTooLarge?digits=10"]);
  });

  it("round-trips any price with at most 2 decimals, whichever separator is typed", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.constantFrom(".", ","), (cents, sep) => {
        const expected = new Decimal(cents.toString()).dividedBy(100).toFixed(2);
        expect(moneyInput.parse(expected.replace(".", sep))).toBe(expected);
      }),
    );
  });
});
