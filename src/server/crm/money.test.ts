/**
 * Tests for deal money: reading typed prices, line and deal amounts (MRR, one-off, contract
 * value) with exact decimals, currency checks, rounding and display in English and French.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import Decimal from "decimal.js";
import { AppError } from "@/server/errors";
import { assertCurrency, dealTotals, formatMoney, lineAmounts, moneyInput, roundMoney, type LineMoney } from "./money";

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

const line = (l: Partial<LineMoney>): LineMoney => ({ quantity: 1, unitPrice: "0", frequency: "MONTHLY", commitmentMonths: 0, ...l });
const strings = (t: { mrr: Decimal; oneOff: Decimal; contractValue: Decimal }) => ({
  mrr: t.mrr.toString(),
  oneOff: t.oneOff.toString(),
  contractValue: t.contractValue.toString(),
});

describe("lineAmounts", () => {
  it("monthly: MRR is quantity × price, contract value covers the commitment", () => {
    expect(strings(lineAmounts(line({ quantity: 10, unitPrice: "12.50", commitmentMonths: 36 })))).toEqual({
      mrr: "125",
      oneOff: "0",
      contractValue: "4500",
    });
  });

  it("monthly without commitment has no contract value", () => {
    expect(strings(lineAmounts(line({ quantity: 3, unitPrice: "9.99" })))).toEqual({ mrr: "29.97", oneOff: "0", contractValue: "0" });
  });

  it("annual: MRR is a twelfth, not rounded; a 12-month contract is exactly the yearly price", () => {
    const a = lineAmounts(line({ quantity: 1, unitPrice: "100", frequency: "ANNUAL", commitmentMonths: 12 }));
    expect(a.mrr.toString()).toBe("8.3333333333333333333");
    expect(a.oneOff.toString()).toBe("0");
    expect(a.contractValue.toString()).toBe("100");
    expect(lineAmounts(line({ quantity: 2, unitPrice: "100", frequency: "ANNUAL", commitmentMonths: 36 })).contractValue.toString()).toBe("600");
    expect(lineAmounts(line({ quantity: 1, unitPrice: "100", frequency: "ANNUAL", commitmentMonths: 1 })).contractValue.toString()).toBe(
      "8.3333333333333333333",
    );
  });

  it("one-off: no MRR, the whole amount is one-off and contract value", () => {
    expect(strings(lineAmounts(line({ quantity: 2, unitPrice: "450.00", frequency: "ONE_OFF", commitmentMonths: 24 })))).toEqual({
      mrr: "0",
      oneOff: "900",
      contractValue: "900",
    });
  });

  it("takes prices as strings, numbers or Decimals (Prisma's Decimal prints the same)", () => {
    for (const unitPrice of ["19.90", 19.9, new Decimal("19.90")]) {
      expect(lineAmounts(line({ quantity: 3, unitPrice, commitmentMonths: 12 })).contractValue.toString()).toBe("716.4");
    }
  });

  it.each(["MONTHLY", "ANNUAL", "ONE_OFF"] as const)("%s with quantity 0 is all zeros", (frequency) => {
    const a = lineAmounts(line({ quantity: 0, unitPrice: "99.99", frequency, commitmentMonths: 24 }));
    expect([a.mrr.isZero(), a.oneOff.isZero(), a.contractValue.isZero()]).toEqual([true, true, true]);
  });

  it.each([
    [{ quantity: -1 }, /quantity/],
    [{ quantity: 1.5 }, /quantity/],
    [{ quantity: Number.NaN }, /quantity/],
    [{ commitmentMonths: -1 }, /commitment/],
    [{ commitmentMonths: 2.5 }, /commitment/],
  ])("refuses %j", (bad, message) => {
    expect(() => lineAmounts(line(bad))).toThrow(message);
  });

  it("never loses a cent: monthly amounts are exact for any price with 2 decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.integer({ min: 0, max: 120 }), (q, cents, months) => {
        const price = new Decimal(cents.toString()).dividedBy(100);
        const a = lineAmounts(line({ quantity: q, unitPrice: price, commitmentMonths: months }));
        const expectedCents = cents * BigInt(q);
        expect(a.mrr.times(100).toFixed(0)).toBe(expectedCents.toString());
        expect(a.contractValue.times(100).toFixed(0)).toBe((expectedCents * BigInt(months)).toString());
      }),
    );
  });

  it("annual contract value over whole years is the yearly amount times the years", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10 }), (q, cents, years) => {
        const a = lineAmounts(line({ quantity: q, unitPrice: new Decimal(cents).dividedBy(100), frequency: "ANNUAL", commitmentMonths: years * 12 }));
        expect(a.contractValue.equals(new Decimal(cents).times(q).times(years).dividedBy(100))).toBe(true);
      }),
    );
  });
});

describe("dealTotals", () => {
  it("is zero for no lines", () => {
    expect(strings(dealTotals([]))).toEqual({ mrr: "0", oneOff: "0", contractValue: "0" });
  });

  it("sums a typical 3CX deal", () => {
    const t = dealTotals([
      line({ quantity: 20, unitPrice: "8.50", commitmentMonths: 36 }),
      line({ quantity: 1, unitPrice: "1200", frequency: "ANNUAL", commitmentMonths: 36 }),
      line({ quantity: 1, unitPrice: "650", frequency: "ONE_OFF" }),
    ]);
    expect(roundMoney(t.mrr)).toBe("270.00");
    expect(roundMoney(t.oneOff)).toBe("650.00");
    expect(roundMoney(t.contractValue)).toBe("10370.00");
  });

  it("rounds once at the end: three annual lines of 1.00 make 0.25 MRR, not 0.24", () => {
    const t = dealTotals([1, 2, 3].map(() => line({ unitPrice: "1.00", frequency: "ANNUAL" })));
    expect(roundMoney(t.mrr)).toBe("0.25");
  });

  it("equals the sum of its lines, in any order", () => {
    const arbLine = fc.record({
      quantity: fc.integer({ min: 0, max: 500 }),
      unitPrice: fc.integer({ min: 0, max: 10_000_00 }).map((c) => new Decimal(c).dividedBy(100).toFixed(2)),
      frequency: fc.constantFrom("MONTHLY", "ANNUAL", "ONE_OFF" as const),
      commitmentMonths: fc.integer({ min: 0, max: 60 }),
    });
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 20 }), (lines) => {
        const total = dealTotals(lines);
        const reversed = dealTotals([...lines].reverse());
        const oneOff = lines.reduce((s, l) => s.plus(lineAmounts(l).oneOff), new Decimal(0));
        expect(total.oneOff.equals(oneOff)).toBe(true);
        expect(roundMoney(total.mrr)).toBe(roundMoney(reversed.mrr));
        expect(roundMoney(total.contractValue)).toBe(roundMoney(reversed.contractValue));
      }),
    );
  });
});

describe("assertCurrency", () => {
  it("accepts the same currency", () => {
    expect(() => assertCurrency("EUR", "EUR")).not.toThrow();
    expect(() => assertCurrency("EUR", "eur")).not.toThrow();
  });

  it("refuses a line in another currency, on the service type field", () => {
    try {
      assertCurrency("EUR", "GBP");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe("INVALID_INPUT");
      expect((e as AppError).fieldErrors).toEqual({ serviceTypeId: ["currencyMismatch?deal=EUR&line=GBP"] });
    }
  });
});

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
