/**
 * Tests for showing money: half-up rounding to cents, and Intl currency formatting in English
 * and French from the decimal's digits.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import Decimal from "decimal.js";
import { formatMoney, roundMoney } from "./money";

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

describe("formatMoney", () => {
  it("formats French euros with Intl's narrow no-break space and no-break space", () => {
    expect(formatMoney("1234.5", "EUR", "fr")).toBe("1\u202f234,50\u00a0€");
  });

  it.each([
    ["1234.5", "EUR", "en", "€1,234.50"],
    [new Decimal("0.005"), "EUR", "en", "€0.01"],
    ["1234567.891", "USD", "en", "$1,234,567.89"],
    ["19.9", "GBP", "fr", "19,90\u00a0£GB"],
    ["-42", "EUR", "fr", "-42,00\u00a0€"],
    ["-0.001", "EUR", "en", "€0.00"],
  ] as const)("%s %s in %s → %j", (amount, currency, locale, text) => {
    expect(formatMoney(amount, currency, locale)).toBe(text);
  });

  it("shows every digit of amounts a float cannot hold", () => {
    expect(formatMoney("12345678901234567.89", "EUR", "en")).toBe("€12,345,678,901,234,567.89");
    expect(formatMoney("0.125", "EUR", "en")).toBe("€0.13");
  });

  it("rounds half up to the currency's own minor unit (yen has none)", () => {
    expect(formatMoney("1234.5", "JPY", "en")).toBe("¥1,235");
    expect(formatMoney("1234.49", "JPY", "en")).toBe("¥1,234");
  });
});
