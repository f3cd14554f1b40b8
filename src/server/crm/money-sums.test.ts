/**
 * Totals from SQL aggregates must equal totals from the lines themselves: the board and the
 * deal list total thousands of deals in the database, the deal page totals its own lines.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BillingFrequency } from "@/generated/prisma/enums";
import { dealTotals, totalsOfSums, type FrequencySums, type LineMoney } from "./money";

const line = fc.record({
  quantity: fc.integer({ min: 0, max: 500 }),
  unitPrice: fc.integer({ min: 0, max: 10_000_00 }).map((cents) => new Decimal(cents).dividedBy(100).toFixed(2)),
  frequency: fc.constantFrom<BillingFrequency>("MONTHLY", "ANNUAL", "ONE_OFF"),
  commitmentMonths: fc.integer({ min: 0, max: 60 }),
});

/** What the SQL in deals.ts computes: Σ q·p and Σ q·p·c per frequency. */
function sumsOf(lines: LineMoney[]): FrequencySums[] {
  const by = new Map<BillingFrequency, { gross: Decimal; committed: Decimal }>();
  for (const l of lines) {
    const gross = new Decimal(l.unitPrice).times(l.quantity);
    const s = by.get(l.frequency) ?? { gross: new Decimal(0), committed: new Decimal(0) };
    by.set(l.frequency, { gross: s.gross.plus(gross), committed: s.committed.plus(gross.times(l.commitmentMonths)) });
  }
  return [...by].map(([frequency, s]) => ({ frequency, gross: s.gross.toString(), committed: s.committed.toString() }));
}

describe("totalsOfSums", () => {
  it("equals the totals of the lines it sums, to the last digit", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const fromLines = dealTotals(lines);
        const fromSums = totalsOfSums(sumsOf(lines));
        expect(fromSums.mrr.equals(fromLines.mrr)).toBe(true);
        expect(fromSums.oneOff.equals(fromLines.oneOff)).toBe(true);
        expect(fromSums.contractValue.equals(fromLines.contractValue)).toBe(true);
      }),
    );
  });

  it("is zero for no sums", () => {
    const t = totalsOfSums([]);
    expect([t.mrr, t.oneOff, t.contractValue].map(String)).toEqual(["0", "0", "0"]);
  });
});
