/**
 * Regional business days: the UK's nations and Alsace-Moselle close on days the nationwide list
 * does not know (and Scotland works on Easter Monday), and a member's own region replaces the
 * tenant's for their due dates — days off on top.
 */
import { describe, expect, it } from "vitest";
import { addBusinessDays, isBusinessDay, type BusinessCalendar } from "./business-days";
import { businessCalendar, type TenantCalendar } from "./member-calendar";
import { NATIONAL } from "./regions";

const MON_FRI = [1, 2, 3, 4, 5];
const YEARS = { from: 2025, to: 2027 };
const english: TenantCalendar = { workingDays: MON_FRI, country: "GB", region: "ENG" };
const alsatian: TenantCalendar = { workingDays: MON_FRI, country: "FR", region: "67" };

const england = businessCalendar(english, YEARS);
const scotland = businessCalendar({ ...english, region: "SCT" }, YEARS);
const closed = (cal: BusinessCalendar, dates: string[]) => dates.filter((d) => !isBusinessDay(cal, d));

// All weekdays: 2 Jan, 6 Apr (Easter Monday), 3 Aug, 31 Aug, 30 Nov 2026 (St Andrew's Day).
const UK_DAYS = ["2026-01-02", "2026-04-06", "2026-08-03", "2026-08-31", "2026-11-30"];

describe("the UK's nations", () => {
  it("England closes on Easter Monday and its summer bank holiday, not on 2 January or St Andrew's Day", () => {
    expect(closed(england, UK_DAYS)).toEqual(["2026-04-06", "2026-08-31"]);
  });

  it("Scotland closes on 2 January, its own summer bank holiday and St Andrew's Day, and works on Easter Monday", () => {
    expect(closed(scotland, UK_DAYS)).toEqual(["2026-01-02", "2026-08-03", "2026-11-30"]);
    // Good Friday is a holiday in both.
    expect([scotland, england].map((cal) => isBusinessDay(cal, "2026-04-03"))).toEqual([false, false]);
  });

  it("adds business days across a regional holiday: Friday 28 August + 3", () => {
    // England skips Monday 31 August; Scotland had its summer bank holiday on the 3rd.
    expect(addBusinessDays(england, "2026-08-28", 3)).toBe("2026-09-03");
    expect(addBusinessDays(scotland, "2026-08-28", 3)).toBe("2026-09-02");
  });
});

describe("Alsace-Moselle", () => {
  // Good Friday 18 April and St Stephen's Day 26 December 2025 are both Fridays.
  const days = ["2025-04-18", "2025-12-26"];

  it("closes on Good Friday and 26 December in each of its three departments", () => {
    for (const region of ["57", "67", "68"]) expect(closed(businessCalendar({ ...alsatian, region }, YEARS), days)).toEqual(days);
  });

  it("metropolitan France's nationwide list works on both", () => {
    expect(closed(businessCalendar({ ...alsatian, region: null }, YEARS), days)).toEqual([]);
  });
});

describe("a member's own region", () => {
  it("replaces the tenant's: an English reseller's Scottish technician follows Scotland", () => {
    const tech = businessCalendar(english, YEARS, { holidayRegion: "SCT" });
    expect(closed(tech, UK_DAYS)).toEqual(closed(scotland, UK_DAYS));
    // St Andrew's Day (Monday 30 November) is skipped for the technician only; England's summer bank holiday is not.
    expect(addBusinessDays(tech, "2026-11-27", 1)).toBe("2026-12-01");
    expect(addBusinessDays(england, "2026-11-27", 1)).toBe("2026-11-30");
    expect(addBusinessDays(tech, "2026-08-28", 1)).toBe("2026-08-31");
  });

  it("is the tenant's when null, and the nationwide list when NATIONAL (a Nancy technician of a Strasbourg reseller)", () => {
    expect(businessCalendar(alsatian, YEARS, { holidayRegion: null }).holidays).toEqual(businessCalendar(alsatian, YEARS).holidays);
    expect(isBusinessDay(businessCalendar(alsatian, YEARS, { holidayRegion: NATIONAL }), "2025-12-26")).toBe(true);
  });

  it("keeps the tenant's working days and adds the member's days off", () => {
    const tech = businessCalendar({ ...english, workingDays: [1, 2, 3, 4, 5, 6] }, YEARS, { holidayRegion: "SCT", daysOff: ["2026-12-01"] });
    expect(isBusinessDay(tech, "2026-11-28")).toBe(true); // a Saturday, worked by this tenant
    expect(addBusinessDays(tech, "2026-11-28", 1)).toBe("2026-12-02"); // skips St Andrew's Day and the day off
  });
});
