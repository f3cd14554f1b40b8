/** Tests for rounding money half up to cents (showing it: src/i18n/format/money.test.ts). */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import Decimal from "decimal.js";
import { roundMoney } from "./money";

describe("roundMoney", () => {
  it.each([
    ["1234.5", "1234.50"],
    ["0", "0.00"],
    ["0.005", "0.01"],
    ["0.004999", "0.00"],
    ["2.675", "2.68"],
    ["1.005", "1.01"],
    ["-1.005", "-1.01"],
    ["-0.001", "0.00"],
    ["-0.004", "0.00"],
    ["8.3333333333333333333", "8.33"],
    ["99999999999999999.995", "100000000000000000.00"],
  ])("%s → %s", (value, rounded) => {
    expect(roundMoney(new Decimal(value))).toBe(rounded);
  });

  it("always has two decimals and is within half a cent", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }), (units, scale) => {
        const d = new Decimal(units.toString()).dividedBy(10 ** scale);
        const r = roundMoney(d);
        expect(r).toMatch(/^-?\d+\.\d{2}$/);
        expect(new Decimal(r).minus(d).abs().lte("0.005")).toBe(true);
      }),
    );
  });
});
