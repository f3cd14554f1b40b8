/**
 * Tests for showing money: the reader's language with the tenant's country, every digit of the
 * exact decimal, rounded half up to the currency's own minor unit.
 */
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { FR, GB, plain, US } from "../../../tests/support/places";
import { formatMoney } from "./money";

describe("formatMoney", () => {
  it.each([
    [GB, "EUR", "€1,234.50"],
    [GB, "GBP", "£1,234.50"],
    // A British reader is told which dollar.
    [GB, "USD", "US$1,234.50"],
    [US, "EUR", "€1,234.50"],
    [US, "GBP", "£1,234.50"],
    [US, "USD", "$1,234.50"],
    [FR, "EUR", "1 234,50 €"],
    [FR, "GBP", "1 234,50 £GB"],
    [FR, "USD", "1 234,50 $US"],
  ] as const)("%j in %s → %j", (place, currency, text) => {
    expect(plain(formatMoney("1234.5", currency, place))).toBe(text);
  });

  it("keeps a French amount on one line", () => {
    expect(formatMoney("1234.5", "EUR", FR)).not.toContain(" ");
  });

  it("rounds half up to cents, and never shows minus zero", () => {
    expect(formatMoney(new Decimal("0.005"), "EUR", GB)).toBe("€0.01");
    expect(formatMoney("0.125", "EUR", GB)).toBe("€0.13");
    expect(formatMoney("-0.001", "EUR", GB)).toBe("€0.00");
    expect(plain(formatMoney("-42", "EUR", FR))).toBe("-42,00 €");
  });

  it("shows every digit of amounts a float cannot hold", () => {
    expect(formatMoney("12345678901234567.89", "EUR", GB)).toBe("€12,345,678,901,234,567.89");
    expect(plain(formatMoney("12345678901234567.89", "EUR", FR))).toBe("12 345 678 901 234 567,89 €");
  });

  it("uses the currency's own minor unit (yen has none)", () => {
    expect(formatMoney("1234.5", "JPY", US)).toBe("¥1,235");
    expect(formatMoney("1234.49", "JPY", US)).toBe("¥1,234");
  });

  it("abbreviates for a chart's axis", () => {
    expect(formatMoney("1234567", "USD", US, { compact: true })).toBe("$1.2M");
    expect(plain(formatMoney("1234567", "EUR", FR, { compact: true }))).toBe("1,2 M €");
  });
});
