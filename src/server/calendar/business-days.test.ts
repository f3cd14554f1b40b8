/**
 * Tests for business-day arithmetic: French weekends and holidays by hand, then the laws the
 * scheduler relies on (results are business days, add and count are inverse) over random
 * working weeks, holidays and days off.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  MAX_CLOSED_RUN,
  addBusinessDays,
  countBusinessDays,
  isBusinessDay,
  localDate,
  nextBusinessDay,
  rollForward,
  type BusinessCalendar,
  type IsoDate,
} from "./business-days";

const MON_FRI = [1, 2, 3, 4, 5];
/** France 2026, as `holidays.ts` would give it. */
const FR_2026 = ["2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25", "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25"];
const paris: BusinessCalendar = { workingDays: MON_FRI, holidays: new Set(FR_2026) };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (from: IsoDate, n: number) => iso(new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000));

describe("isBusinessDay", () => {
  it.each([
    ["2026-04-30", true], // Thursday
    ["2026-05-01", false], // Friday, Labour Day
    ["2026-05-02", false], // Saturday
    ["2026-05-03", false], // Sunday
    ["2026-05-04", true],
  ])("%s → %s", (date, expected) => {
    expect(isBusinessDay(paris, date)).toBe(expected);
  });

  it("takes the assignee's days off away too", () => {
    expect(isBusinessDay({ ...paris, daysOff: new Set(["2026-05-04"]) }, "2026-05-04")).toBe(false);
  });

  it("works with any working week: Sunday-to-Thursday", () => {
    const gulf: BusinessCalendar = { workingDays: [7, 1, 2, 3, 4], holidays: new Set() };
    expect(isBusinessDay(gulf, "2026-05-03")).toBe(true);
    expect(isBusinessDay(gulf, "2026-05-01")).toBe(false);
  });
});

describe("addBusinessDays", () => {
  it("crosses a weekend and a public holiday: Thursday 30 April + 1 is Monday 4 May", () => {
    expect(addBusinessDays(paris, "2026-04-30", 1)).toBe("2026-05-04");
  });

  it("crosses the May bridges: 7 May + 5 skips 8 May, the weekend and Ascension", () => {
    // 11, 12, 13, 15, 18 (the 8th and 14th are holidays).
    expect(addBusinessDays(paris, "2026-05-07", 5)).toBe("2026-05-18");
  });

  it("goes back across a weekend and a holiday", () => {
    expect(addBusinessDays(paris, "2026-05-04", -1)).toBe("2026-04-30");
    expect(addBusinessDays(paris, "2026-07-15", -2)).toBe("2026-07-10");
  });

  it("with n = 0 keeps a business day and rolls anything else forward", () => {
    expect(addBusinessDays(paris, "2026-04-30", 0)).toBe("2026-04-30");
    expect(addBusinessDays(paris, "2026-05-01", 0)).toBe("2026-05-04");
    expect(rollForward(paris, "2026-05-02")).toBe("2026-05-04");
  });

  it("counts from a weekend as from the day before it going back, the day after going forward", () => {
    expect(addBusinessDays(paris, "2026-05-09", 1)).toBe("2026-05-11");
    expect(addBusinessDays(paris, "2026-05-09", -1)).toBe("2026-05-07");
  });

  it("nextBusinessDay is strictly after", () => {
    expect(nextBusinessDay(paris, "2026-04-30")).toBe("2026-05-04");
  });

  it("skips the assignee's days off", () => {
    expect(addBusinessDays({ ...paris, daysOff: new Set(["2026-05-04", "2026-05-05"]) }, "2026-04-30", 1)).toBe("2026-05-06");
  });

  it("refuses a calendar without working days", () => {
    expect(() => addBusinessDays({ workingDays: [], holidays: new Set() }, "2026-05-04", 0)).toThrow(/no working days/);
  });

  it("stops with an error, not a hang, when every day for years is a holiday", () => {
    const everyDay = new Set(Array.from({ length: 3 * 366 }, (_, i) => day("2026-01-01", i)));
    const closed: BusinessCalendar = { workingDays: MON_FRI, holidays: everyDay };
    expect(() => addBusinessDays(closed, "2026-01-01", 1)).toThrow(new RegExp(`No business day within ${MAX_CLOSED_RUN} days after 2026-01-01`));
    expect(() => addBusinessDays(closed, "2028-12-31", -1)).toThrow(/before 2028-12-31/);
  });

  it("refuses malformed input", () => {
    expect(() => addBusinessDays(paris, "2026-02-30", 1)).toThrow(/Not a calendar date/);
    expect(() => addBusinessDays(paris, "2026-5-4", 1)).toThrow(/Not a calendar date/);
    expect(() => addBusinessDays(paris, "2026-05-04", 1.5)).toThrow(/whole days/);
    expect(() => addBusinessDays({ workingDays: [0, 1], holidays: new Set() }, "2026-05-04", 1)).toThrow(/ISO weekdays/);
  });
});

describe("countBusinessDays", () => {
  it("counts (from, to]: Thursday 30 April to Monday 4 May is one day", () => {
    expect(countBusinessDays(paris, "2026-04-30", "2026-05-04")).toBe(1);
    expect(countBusinessDays(paris, "2026-05-04", "2026-05-04")).toBe(0);
  });

  it("is negative going back, counting the day arrived on", () => {
    expect(countBusinessDays(paris, "2026-05-04", "2026-04-30")).toBe(-1);
    expect(countBusinessDays(paris, "2026-05-09", "2026-05-07")).toBe(-1);
  });

  it("counts a whole French year: 261 weekdays minus the 9 holidays on a weekday", () => {
    // 1 Jan 2026 is a Thursday, so the year has 261 weekdays; 15 Aug and 1 Nov are weekend days.
    expect(countBusinessDays(paris, "2025-12-31", "2026-12-31")).toBe(252);
  });
});

describe("localDate", () => {
  it("is the date in the zone, not in UTC", () => {
    const instant = new Date("2026-12-31T23:30:00Z");
    expect(localDate(instant, "Europe/Paris")).toBe("2027-01-01");
    expect(localDate(instant, "UTC")).toBe("2026-12-31");
    expect(localDate(new Date("2027-01-01T03:00:00Z"), "America/Los_Angeles")).toBe("2026-12-31");
  });

  it("follows summer time: 22:30 UTC on 30 June is 1 July in Paris, still 30 June in London", () => {
    const instant = new Date("2026-06-30T22:30:00Z");
    expect(localDate(instant, "Europe/Paris")).toBe("2026-07-01");
    expect(localDate(instant, "Europe/London")).toBe("2026-06-30");
  });

  it("refuses an unknown zone or an invalid instant", () => {
    expect(() => localDate(new Date(), "Europe/Atlantis")).toThrow(/Unknown time zone/);
    expect(() => localDate(new Date(Number.NaN), "Europe/Paris")).toThrow(/invalid instant/);
  });
});

// Random calendars: any non-empty working week, holidays and days off scattered over the years
// the dates are drawn from, so runs of closed days (a holiday next to a weekend) are common.
const BASE = "2026-01-01";
const dateIn = (span: number) => fc.integer({ min: 0, max: span }).map((n) => day(BASE, n));
const calendar = fc
  .record({
    workingDays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
    holidays: fc.uniqueArray(dateIn(800), { maxLength: 80 }),
    daysOff: fc.uniqueArray(dateIn(800), { maxLength: 40 }),
  })
  .map((c): BusinessCalendar => ({ workingDays: c.workingDays, holidays: new Set(c.holidays), daysOff: new Set(c.daysOff) }));
const steps = fc.integer({ min: -60, max: 60 });

describe("laws", () => {
  it("the result is always a business day", () => {
    fc.assert(
      fc.property(calendar, dateIn(730), steps, (cal, from, n) => {
        expect(isBusinessDay(cal, addBusinessDays(cal, from, n))).toBe(true);
      }),
    );
  });

  it("counting undoes adding from a business day", () => {
    fc.assert(
      fc.property(calendar, dateIn(730), steps, (cal, date, n) => {
        const from = rollForward(cal, date);
        expect(countBusinessDays(cal, from, addBusinessDays(cal, from, n))).toBe(n);
      }),
    );
  });

  it("counting undoes adding from any day when n ≠ 0", () => {
    fc.assert(
      fc.property(calendar, dateIn(730), steps.filter((n) => n !== 0), (cal, from, n) => {
        expect(countBusinessDays(cal, from, addBusinessDays(cal, from, n))).toBe(n);
      }),
    );
  });

  it("adding the count lands on `to` whenever `to` is a business day", () => {
    fc.assert(
      fc.property(calendar, dateIn(730), dateIn(730), (cal, from, date) => {
        const to = rollForward(cal, date);
        expect(addBusinessDays(cal, from, countBusinessDays(cal, from, to))).toBe(to);
      }),
    );
  });

  it("adding is increasing in n and moves the right way", () => {
    fc.assert(
      fc.property(calendar, dateIn(730), steps, (cal, from, n) => {
        const [a, b] = [addBusinessDays(cal, from, n), addBusinessDays(cal, from, n + 1)];
        // From a closed day, 0 and 1 both give the next business day; otherwise each step moves.
        if (n === 0 && !isBusinessDay(cal, from)) expect(a).toBe(b);
        else expect(a < b).toBe(true);
        if (n > 0) expect(a > from).toBe(true);
        if (n < 0) expect(a < from).toBe(true);
        if (n === 0) expect(a >= from).toBe(true);
      }),
    );
  });
});

describe("calendar sets", () => {
  it("sees a day added to a set after first use", () => {
    const holidays = new Set<IsoDate>();
    const cal: BusinessCalendar = { workingDays: MON_FRI, holidays };
    expect(isBusinessDay(cal, "2026-06-01")).toBe(true);
    holidays.add("2026-06-01");
    expect(isBusinessDay(cal, "2026-06-01")).toBe(false);
  });

  it("refuses a malformed holiday", () => {
    expect(() => isBusinessDay({ workingDays: MON_FRI, holidays: new Set(["2026-13-01"]) }, "2026-06-01")).toThrow(/among the holidays or days off: "2026-13-01"/);
  });
});

describe("browser safety", () => {
  it("does not import the holiday library, which carries every country's rules", async () => {
    const { readFile } = await import("node:fs/promises");
    const source = await readFile(new URL("./business-days.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/from\s+["']date-holidays/);
    expect(source.match(/^import .*$/gm)).toEqual(['import { TZDate } from "@date-fns/tz";']);
  });
});
