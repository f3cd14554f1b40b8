/**
 * Tests for the escalation rule: by hand over a French May (weekends, Ascension Thursday),
 * then as properties over random working weeks, holidays, delays and run schedules — run
 * every day, it escalates exactly once per whole delay blocked; run at any times, never more,
 * never twice for one key, never sooner than a delay after the last escalation.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countBusinessDays, type BusinessCalendar, type IsoDate } from "@/server/calendar/business-days";
import { escalationDue, escalationKey, type BlockedAction, type EscalationClock } from "./escalation";

// May 2026: Friday 1st and Friday 8th are holidays, Thursday 14th is Ascension.
const paris: BusinessCalendar = { workingDays: [1, 2, 3, 4, 5], holidays: new Set(["2026-05-01", "2026-05-08", "2026-05-14"]) };
const at = (isoDateTime: string) => new Date(isoDateTime);
const clock = (today: IsoDate, delayDays = 1, timeZone = "Europe/Paris"): EscalationClock => ({ today, timeZone, delayDays, calendar: paris });
const blocked = (blockedAt: string, escalatedAt: string | null = null): BlockedAction => ({ blockedAt: at(blockedAt), escalatedAt: escalatedAt ? at(escalatedAt) : null });

describe("escalationDue, one business day's delay", () => {
  // Monday 4 May, 10:00 in Paris.
  const monday = "2026-05-04T08:00:00Z";

  it("waits while less than the delay has passed", () => {
    expect(escalationDue(blocked(monday), clock("2026-05-04"))).toEqual({ escalate: false, businessDaysBlocked: 0 });
  });

  it("escalates the next business day, as period 1", () => {
    expect(escalationDue(blocked(monday), clock("2026-05-05"))).toEqual({ escalate: true, businessDaysBlocked: 1, period: 1 });
  });

  it("does not escalate again the day it escalated", () => {
    expect(escalationDue(blocked(monday, "2026-05-05T06:00:00Z"), clock("2026-05-05"))).toMatchObject({ escalate: false });
  });

  it("escalates again one more delay later, as the next period", () => {
    expect(escalationDue(blocked(monday, "2026-05-05T06:00:00Z"), clock("2026-05-06"))).toEqual({ escalate: true, businessDaysBlocked: 2, period: 2 });
  });

  it("does not count the weekend or a holiday", () => {
    // Blocked Thursday 7th; Friday 8th is a holiday, then the weekend.
    const thursday = "2026-05-07T12:00:00Z";
    for (const today of ["2026-05-08", "2026-05-09", "2026-05-10"]) expect(escalationDue(blocked(thursday), clock(today))).toMatchObject({ escalate: false });
    expect(escalationDue(blocked(thursday), clock("2026-05-11"))).toEqual({ escalate: true, businessDaysBlocked: 1, period: 1 });
  });

  it("starts counting on Monday for a block on a Saturday", () => {
    expect(escalationDue(blocked("2026-05-09T09:00:00Z"), clock("2026-05-10"))).toMatchObject({ escalate: false });
    expect(escalationDue(blocked("2026-05-09T09:00:00Z"), clock("2026-05-11"))).toEqual({ escalate: true, businessDaysBlocked: 1, period: 1 });
  });

  it("reads the block's day in the tenant's time zone", () => {
    // 22:30 UTC on Monday is already Tuesday in Paris: Tuesday is day 0.
    const lateMonday = blocked("2026-05-04T22:30:00Z");
    expect(escalationDue(lateMonday, clock("2026-05-05"))).toMatchObject({ escalate: false });
    expect(escalationDue(lateMonday, clock("2026-05-05", 1, "UTC"))).toMatchObject({ escalate: true, period: 1 });
  });

  it("ignores an escalation from before the block (an earlier block of the same action)", () => {
    expect(escalationDue(blocked(monday, "2026-04-28T08:00:00Z"), clock("2026-05-05"))).toEqual({ escalate: true, businessDaysBlocked: 1, period: 1 });
  });

  it("never escalates when today is before the block (a clock behind)", () => {
    expect(escalationDue(blocked(monday), clock("2026-05-01"))).toEqual({ escalate: false, businessDaysBlocked: 0 });
  });
});

describe("escalationDue, longer delays", () => {
  const monday = "2026-05-04T08:00:00Z";

  it("escalates every second business day with a two-day delay", () => {
    expect(escalationDue(blocked(monday), clock("2026-05-05", 2))).toMatchObject({ escalate: false });
    expect(escalationDue(blocked(monday), clock("2026-05-06", 2))).toEqual({ escalate: true, businessDaysBlocked: 2, period: 1 });
    const once = blocked(monday, "2026-05-06T07:00:00Z");
    expect(escalationDue(once, clock("2026-05-07", 2))).toMatchObject({ escalate: false });
    // Friday 8th is a holiday: the second period ends on Monday 11th.
    expect(escalationDue(once, clock("2026-05-08", 2))).toMatchObject({ escalate: false });
    expect(escalationDue(once, clock("2026-05-11", 2))).toEqual({ escalate: true, businessDaysBlocked: 4, period: 2 });
  });

  it("after a missed run, waits a whole delay from the late escalation", () => {
    // First run on Thursday 7th: 3 days blocked, period 1. Monday 11th is only 1 day later.
    expect(escalationDue(blocked(monday), clock("2026-05-07", 2))).toEqual({ escalate: true, businessDaysBlocked: 3, period: 1 });
    const late = blocked(monday, "2026-05-07T07:00:00Z");
    expect(escalationDue(late, clock("2026-05-11", 2))).toMatchObject({ escalate: false });
    expect(escalationDue(late, clock("2026-05-12", 2))).toEqual({ escalate: true, businessDaysBlocked: 5, period: 2 });
  });

  it("after the tenant lengthens its delay, counts periods of the new length", () => {
    // Escalated daily up to Wednesday 6th (day 2), then the delay becomes 3 days.
    const daily = blocked(monday, "2026-05-06T07:00:00Z");
    expect(escalationDue(daily, clock("2026-05-07", 3))).toMatchObject({ escalate: false }); // day 3: 1 since
    expect(escalationDue(daily, clock("2026-05-11", 3))).toMatchObject({ escalate: false }); // day 4: 2 since
    expect(escalationDue(daily, clock("2026-05-12", 3))).toEqual({ escalate: true, businessDaysBlocked: 5, period: 1 }); // day 5: 3 since
  });

  it("refuses a delay that is not a whole number of days, at least 1", () => {
    for (const d of [0, -1, 1.5, Number.NaN]) expect(() => escalationDue(blocked(monday), clock("2026-05-05", d))).toThrow(/at least 1/);
  });
});

describe("escalationKey", () => {
  it("differs per block, per delay and per period, and is stable for a retry", () => {
    const a = at("2026-05-04T08:00:00Z");
    const keys = [escalationKey("x", a, 1, 1), escalationKey("x", a, 1, 2), escalationKey("x", a, 2, 1), escalationKey("x", at("2026-05-11T08:00:00Z"), 1, 1), escalationKey("y", a, 1, 1)];
    expect(new Set(keys).size).toBe(keys.length);
    expect(escalationKey("x", a, 1, 1)).toBe(keys[0]);
  });
});

// ---- properties -------------------------------------------------------------------------

const START = Date.parse("2026-01-05T00:00:00Z");
const dayAt = (n: number): IsoDate => new Date(START + n * 86_400_000).toISOString().slice(0, 10);

const calendarArb = fc
  .record({
    workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 25 }),
  })
  .map(({ workingDays, holidays }): BusinessCalendar => ({ workingDays, holidays: new Set(holidays.map(dayAt)) }));

/** The job's loop for one action: run at each of `runs` (a day and a time of day in ms), write escalatedAt when told. */
function simulate(cal: BusinessCalendar, blockedAt: Date, delayDays: number, runs: { day: number; ms: number }[]) {
  let escalatedAt: Date | null = null;
  const escalations: { at: Date; today: IsoDate; key: string; period: number }[] = [];
  for (const r of runs) {
    const now = new Date(START + r.day * 86_400_000 + r.ms);
    if (now < blockedAt) continue;
    const today = dayAt(r.day);
    const d = escalationDue({ blockedAt, escalatedAt }, { today, timeZone: "UTC", delayDays, calendar: cal });
    if (d.escalate) {
      escalatedAt = now;
      escalations.push({ at: now, today, key: escalationKey("a", blockedAt, delayDays, d.period), period: d.period });
    }
  }
  return escalations;
}

describe("escalationDue, as properties", () => {
  const blockArb = fc.record({ blockDay: fc.integer({ min: 0, max: 30 }), blockMs: fc.integer({ min: 0, max: 86_399_999 }), delay: fc.integer({ min: 1, max: 5 }), days: fc.integer({ min: 0, max: 60 }) });

  it("checked every day for N days, escalates floor(business days blocked / delay) times", () => {
    fc.assert(
      fc.property(calendarArb, blockArb, fc.integer({ min: 1, max: 3 }), (cal, b, perDay) => {
        const blockedAt = new Date(START + b.blockDay * 86_400_000 + b.blockMs);
        // Several runs a day (the job runs every quarter hour), from the day of the block on.
        const runs = Array.from({ length: b.days + 1 }, (_, i) => Array.from({ length: perDay }, (_, k) => ({ day: b.blockDay + i, ms: 86_399_999 - k * 1000 }))).flat();
        const escalations = simulate(cal, blockedAt, b.delay, runs);
        const blockedFor = countBusinessDays(cal, dayAt(b.blockDay), dayAt(b.blockDay + b.days));
        expect(escalations).toHaveLength(Math.floor(blockedFor / b.delay));
        expect(escalations.map((e) => e.period)).toEqual(escalations.map((_, i) => i + 1));
      }),
    );
  });

  it("checked at any times, never escalates more often, never twice under one key, never within a delay of the last", () => {
    const runsArb = fc.array(fc.record({ day: fc.integer({ min: 0, max: 90 }), ms: fc.integer({ min: 0, max: 86_399_999 }) }), { maxLength: 80 });
    fc.assert(
      fc.property(calendarArb, blockArb, runsArb, (cal, b, unordered) => {
        const blockedAt = new Date(START + b.blockDay * 86_400_000 + b.blockMs);
        const runs = [...unordered].sort((x, y) => x.day - y.day || x.ms - y.ms);
        const escalations = simulate(cal, blockedAt, b.delay, runs);
        const lastDay = runs.length ? runs[runs.length - 1]!.day : b.blockDay;
        const blockedFor = Math.max(0, countBusinessDays(cal, dayAt(b.blockDay), dayAt(Math.max(lastDay, b.blockDay))));
        expect(escalations.length).toBeLessThanOrEqual(Math.floor(blockedFor / b.delay));
        expect(new Set(escalations.map((e) => e.key)).size).toBe(escalations.length);
        escalations.slice(1).forEach((e, i) => expect(countBusinessDays(cal, escalations[i]!.today, e.today)).toBeGreaterThanOrEqual(b.delay));
      }),
    );
  });
});
