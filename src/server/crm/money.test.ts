/**
 * Tests for deal money: line and deal amounts (MRR, one-off, contract value) with exact
 * decimals, and the one-currency-per-deal rule.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import Decimal from "decimal.js";
import { AppError } from "@/server/errors";
import { assertCurrency, dealTotals, lineAmounts, roundMoney, type LineMoney } from "./money";

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

  it("divides by 12 once: annual lines of 0.01, 0.04 and 0.01 make exactly half a cent of MRR", () => {
    const t = dealTotals(["0.01", "0.04", "0.01"].map((unitPrice) => line({ unitPrice, frequency: "ANNUAL" })));
    expect(t.mrr.toString()).toBe("0.005");
    expect(roundMoney(t.mrr)).toBe("0.01");
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
        expect(total.mrr.equals(reversed.mrr)).toBe(true);
        expect(total.contractValue.equals(reversed.contractValue)).toBe(true);
        const mrr = lines.reduce((s, l) => s.plus(lineAmounts(l).mrr), new Decimal(0));
        expect(total.mrr.minus(mrr).abs().lt("1e-9")).toBe(true);
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
