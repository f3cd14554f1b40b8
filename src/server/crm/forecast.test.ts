/**
 * Tests for the weighted forecast: month buckets in the tenant's time zone, open deals only,
 * target close dates read as calendar dates, and sums to the cent.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import Decimal from "decimal.js";
import type { DealStage } from "@/generated/prisma/enums";
import { forecastByMonth, type ForecastDeal } from "./forecast";
import { DEFAULT_PROBABILITIES, PIPELINE_STAGES } from "./stages";

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const deal = (stage: DealStage, close: string, contractValue: Decimal.Value, mrr: Decimal.Value = 0): ForecastDeal => ({
  stage,
  targetCloseDate: date(close),
  contractValue,
  mrr,
});
const base = { probabilities: DEFAULT_PROBABILITIES, from: new Date("2026-05-15T10:00:00Z"), timeZone: "Europe/Paris" };

describe("forecastByMonth", () => {
  it("has 12 empty months by default, from the current month", () => {
    const f = forecastByMonth({ ...base, deals: [] });
    expect(f.map((m) => m.month)).toEqual([
      "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10",
      "2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04",
    ]);
    expect(f[0]).toEqual({ month: "2026-05", count: 0, overdue: 0, contractValue: "0.00", weightedContractValue: "0.00", weightedMrr: "0.00" });
  });

  it("honours a custom length, including none", () => {
    expect(forecastByMonth({ ...base, deals: [], months: 3 }).map((m) => m.month)).toEqual(["2026-05", "2026-06", "2026-07"]);
    expect(forecastByMonth({ ...base, deals: [], months: 0 })).toEqual([]);
    expect(() => forecastByMonth({ ...base, deals: [], months: -1 })).toThrow();
    expect(() => forecastByMonth({ ...base, deals: [], months: 1.5 })).toThrow();
  });

  it("weighs open deals by their stage's probability and sums per month", () => {
    const f = forecastByMonth({
      ...base,
      months: 2,
      deals: [
        deal("NEW", "2026-05-31", "1000.00", "50"),
        deal("NEGOTIATION", "2026-05-01", "3000", "100.10"),
        deal("PROPOSAL_SENT", "2026-06-10", "333.33", "33.33"),
      ],
    });
    expect(f).toEqual([
      // 1 May is before 15 May: that deal is overdue, and still counted.
      { month: "2026-05", count: 2, overdue: 1, contractValue: "4000.00", weightedContractValue: "2350.00", weightedMrr: "80.08" },
      { month: "2026-06", count: 1, overdue: 0, contractValue: "333.33", weightedContractValue: "166.67", weightedMrr: "16.67" },
    ]);
  });

  it("leaves out won, lost and beyond-the-window deals", () => {
    const f = forecastByMonth({
      ...base,
      deals: [
        deal("WON", "2026-05-10", 1000),
        deal("LOST", "2026-05-10", 1000),
        deal("QUALIFIED", "2027-05-01", 1000),
        deal("QUALIFIED", "2027-04-30", 1000),
      ],
    });
    expect(f.reduce((n, m) => n + m.count, 0)).toBe(1);
    expect(f[11]).toMatchObject({ month: "2027-04", count: 1, weightedContractValue: "250.00" });
  });

  it("counts overdue open deals in the current month, as overdue, whenever their date passed", () => {
    const f = forecastByMonth({
      ...base,
      deals: [deal("QUALIFIED", "2025-11-30", 1000), deal("NEW", "2026-04-30", 500), deal("NEW", "2026-05-14", 100), deal("NEW", "2026-05-15", 10), deal("WON", "2026-01-10", 9999)],
    });
    expect(f[0]).toMatchObject({ month: "2026-05", count: 4, overdue: 3, contractValue: "1610.00", weightedContractValue: "311.00" });
    expect(f.slice(1).every((m) => m.count === 0 && m.overdue === 0)).toBe(true);
  });

  it("reads 'overdue' against the tenant's today, not UTC's", () => {
    // 23:30 UTC on 14 May is already 15 May in Paris: a deal due on the 14th is overdue there.
    const late = new Date("2026-05-14T23:30:00Z");
    const deals = [deal("NEW", "2026-05-14", 100)];
    expect(forecastByMonth({ ...base, from: late, deals, months: 1 })[0]?.overdue).toBe(1);
    expect(forecastByMonth({ ...base, from: late, deals, months: 1, timeZone: "UTC" })[0]?.overdue).toBe(0);
  });

  it("uses the tenant's probabilities", () => {
    const probabilities = { ...DEFAULT_PROBABILITIES, QUALIFIED: 33 };
    const [may] = forecastByMonth({ ...base, probabilities, months: 1, deals: [deal("QUALIFIED", "2026-05-20", "100.01", "10")] });
    expect(may).toMatchObject({ weightedContractValue: "33.00", weightedMrr: "3.30" });
  });

  it("starts on the month of `from` in the tenant's time zone", () => {
    const newYearsEveUtc = new Date("2026-12-31T23:30:00Z");
    expect(forecastByMonth({ ...base, deals: [], from: newYearsEveUtc, months: 1 })[0]?.month).toBe("2027-01");
    expect(forecastByMonth({ ...base, deals: [], from: newYearsEveUtc, months: 1, timeZone: "UTC" })[0]?.month).toBe("2026-12");
    expect(forecastByMonth({ ...base, deals: [], from: new Date("2027-01-01T03:00:00Z"), months: 1, timeZone: "America/New_York" })[0]?.month).toBe("2026-12");
  });

  it("buckets a target close date by its calendar date, not shifted by the time zone", () => {
    // Stored as UTC midnight: in New York that instant is still the last day of the previous month.
    const deals = [deal("NEW", "2026-06-01", 100), deal("NEW", "2026-05-31", 10)];
    for (const timeZone of ["America/Los_Angeles", "Pacific/Kiritimati", "Asia/Tokyo", "UTC"]) {
      const [may, june] = forecastByMonth({ ...base, deals, timeZone, months: 2 });
      expect(may, timeZone).toMatchObject({ count: 1, contractValue: "10.00" });
      expect(june, timeZone).toMatchObject({ count: 1, contractValue: "100.00" });
    }
  });

  it("rounds the bucket's sum once, not each deal", () => {
    const deals = [1, 2, 3].map(() => deal("NEW", "2026-05-10", "0.05"));
    expect(forecastByMonth({ ...base, deals, months: 1 })[0]?.weightedContractValue).toBe("0.02");
  });

  it("counts every open deal of the window once, and weighted never exceeds unweighted", () => {
    const arbDeal = fc.record({
      stage: fc.constantFrom(...PIPELINE_STAGES),
      targetCloseDate: fc.integer({ min: 0, max: 800 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d))),
      contractValue: fc.integer({ min: 0, max: 10_000_000 }).map((c) => new Decimal(c).dividedBy(100)),
      mrr: fc.integer({ min: 0, max: 100_000 }).map((c) => new Decimal(c).dividedBy(100)),
    });
    fc.assert(
      fc.property(fc.array(arbDeal, { maxLength: 30 }), fc.integer({ min: 1, max: 24 }), (deals, months) => {
        const f = forecastByMonth({ ...base, deals, months });
        expect(f).toHaveLength(months);
        const open = deals.filter((d) => ["NEW", "QUALIFIED", "PROPOSAL_SENT", "NEGOTIATION"].includes(d.stage));
        const last = f[f.length - 1]!.month;
        const inWindow = open.filter((d) => d.targetCloseDate.toISOString().slice(0, 7) <= last);
        expect(f.reduce((n, m) => n + m.count, 0)).toBe(inWindow.length);
        expect(f[0]!.overdue).toBe(open.filter((d) => d.targetCloseDate.toISOString().slice(0, 10) < "2026-05-15").length);
        for (const m of f) expect(new Decimal(m.weightedContractValue).lte(m.contractValue)).toBe(true);
        expect(new Set(f.map((m) => m.month)).size).toBe(months);
      }),
    );
  });
});
