/**
 * Tests for the formatting module: the reader's language with the tenant's country and time
 * zone. English in a GB tenant reads "2 Dec 2026" and "14:30", in a US tenant "Dec 2, 2026" and
 * "2:30 PM"; French reads "2 déc. 2026". Intl's spaces differ between ICU versions (a space, a
 * no-break or a narrow no-break space before "PM"), so `plain` makes them one kind of space.
 */
import { describe, expect, it } from "vitest";
import { FR, GB, plain, US } from "../../../tests/support/places";
import { createFormat, formatCalendarDate, formatDate, formatDateTime, formatRelative } from "./format";
import { formatLocale } from "./locale";

describe("formatLocale", () => {
  it.each([
    ["en", "GB", "en-GB"],
    ["en", "US", "en-US"],
    ["fr", "FR", "fr-FR"],
    ["en", "FR", "en-FR"],
    ["fr", "BE", "fr-BE"],
    ["en", "gb", "en-GB"],
    // No English variant of CLDR for these: the country's conventions choose a general one.
    ["en", "BR", "en-150"],
    ["en", "GR", "en-001"],
    ["fr", "US", "fr"],
  ])("%s in a %s tenant → %s", (language, country, tag) => {
    expect(formatLocale(language, country)).toBe(tag);
  });

  it("is the bare language without a country", () => {
    expect(formatLocale("en", null)).toBe("en");
    expect(formatLocale("fr", undefined)).toBe("fr");
  });

  it("gives English day-first dates and a 24-hour clock in every European tenant Intl knows no English for", () => {
    for (const country of ["LU", "HR", "RS", "IS", "BG", "TR"]) {
      const f = createFormat({ language: "en", country, timeZone: "UTC" });
      expect(f.calendar("2026-12-02"), country).toBe("2 Dec 2026");
      expect(f.time(new Date("2026-12-02T14:30:00Z")), country).toBe("14:30");
    }
  });
});

describe("calendar dates", () => {
  it.each([
    [GB, "2 Dec 2026", "2 December 2026", "Wednesday, 2 December 2026"],
    [US, "Dec 2, 2026", "December 2, 2026", "Wednesday, December 2, 2026"],
    [FR, "2 déc. 2026", "2 décembre 2026", "mercredi 2 décembre 2026"],
  ])("%j: %s", (place, medium, long, full) => {
    expect(formatCalendarDate("2026-12-02", place)).toBe(medium);
    expect(formatCalendarDate("2026-12-02", place, "long")).toBe(long);
    expect(formatCalendarDate("2026-12-02", place, "full")).toBe(full);
  });

  it("never shifts a day with the tenant's time zone", () => {
    const closeDate = new Date("2026-12-02T00:00:00.000Z");
    expect(formatCalendarDate(closeDate, { ...US, timeZone: "America/Los_Angeles" })).toBe("Dec 2, 2026");
    expect(formatCalendarDate(closeDate, { ...FR, timeZone: "Pacific/Kiritimati" })).toBe("2 déc. 2026");
  });

  it("names months and weekdays in the reader's language", () => {
    expect(createFormat(GB).calendar("2026-07", "month")).toBe("Jul 2026");
    expect(createFormat(FR).calendar("2026-07", "month")).toBe("juil. 2026");
    expect(createFormat(FR).calendar("2026-07", "monthLong")).toBe("juillet 2026");
    expect([1, 7].map(createFormat(GB).weekday)).toEqual(["Monday", "Sunday"]);
    expect([1, 7].map(createFormat(FR).weekday)).toEqual(["lundi", "dimanche"]);
  });
});

describe("instants", () => {
  const afternoon = new Date("2026-12-02T14:30:00Z");

  it("uses the 24-hour clock in GB and France, 12 hours in the US", () => {
    expect(formatDateTime(afternoon, GB)).toBe("2 Dec 2026, 14:30");
    expect(plain(formatDateTime(afternoon, { ...US, timeZone: "UTC" }))).toBe("Dec 2, 2026, 2:30 PM");
    expect(formatDateTime(afternoon, FR)).toBe("2 déc. 2026, 15:30");
    expect(createFormat(GB).time(afternoon)).toBe("14:30");
    expect(createFormat(FR).instant(afternoon, "long")).toBe("2 décembre 2026 à 15:30");
  });

  it("shows the day and time of the tenant's zone across midnight", () => {
    // 23:30 UTC on 1 December is already 2 December in Paris, and still 1 December in New York.
    const lateNight = new Date("2026-12-01T23:30:00Z");
    expect(formatDateTime(lateNight, FR)).toBe("2 déc. 2026, 00:30");
    expect(formatDate(lateNight, FR)).toBe("2 déc. 2026");
    expect(plain(formatDateTime(lateNight, US))).toBe("Dec 1, 2026, 6:30 PM");
    expect(formatDate(lateNight, GB)).toBe("1 Dec 2026");
  });

  it("follows summer time", () => {
    const july = new Date("2026-07-01T12:00:00Z");
    expect(createFormat(GB).time(july)).toBe("13:00");
    expect(createFormat({ ...GB, timeZone: "UTC" }).time(july)).toBe("12:00");
  });
});

describe("numbers and lists", () => {
  it("groups thousands the way the place does", () => {
    expect(createFormat(GB).number(1234567.5)).toBe("1,234,567.5");
    expect(createFormat(US).number(1234567.5)).toBe("1,234,567.5");
    const fr = createFormat(FR).number(1234567.5);
    expect(plain(fr)).toBe("1 234 567,5");
    // A French number never breaks across lines: its spaces are no-break ones.
    expect(fr).not.toContain(" ");
    expect(createFormat({ language: "en", country: "DE", timeZone: "UTC" }).number(1234567.5)).toBe("1.234.567,5");
    expect(plain(createFormat(FR).number(0.25, { style: "percent" }))).toBe("25 %");
  });

  it("joins lists in the reader's language", () => {
    expect(createFormat(GB).list(["Monday", "Tuesday", "Friday"])).toBe("Monday, Tuesday and Friday");
    expect(createFormat(US).list(["Monday", "Tuesday", "Friday"])).toBe("Monday, Tuesday, and Friday");
    expect(createFormat(FR).list(["lundi", "mardi", "vendredi"])).toBe("lundi, mardi et vendredi");
  });
});

describe("formatRelative", () => {
  const now = new Date("2026-12-02T10:00:00Z");

  it.each([
    ["2026-12-01", "yesterday", "hier"],
    ["2026-12-02", "today", "aujourd’hui"],
    ["2026-12-03", "tomorrow", "demain"],
    ["2026-12-05", "in 3 days", "dans 3 jours"],
    ["2026-11-18", "2 weeks ago", "il y a 2 semaines"],
    ["2027-02-02", "in 2 months", "dans 2 mois"],
    ["2024-12-02", "2 years ago", "il y a 2 ans"],
  ])("calendar date %s → %j / %j", (date, en, fr) => {
    expect(formatRelative(date, GB, now)).toBe(en);
    expect(formatRelative(date, FR, now)).toBe(fr);
  });

  it("counts minutes and hours within the same day", () => {
    expect(formatRelative(new Date("2026-12-02T09:59:50Z"), GB, now)).toBe("now");
    expect(formatRelative(new Date("2026-12-02T09:59:50Z"), FR, now)).toBe("maintenant");
    expect(formatRelative(new Date("2026-12-02T09:58:00Z"), GB, now)).toBe("2 minutes ago");
    expect(formatRelative(new Date("2026-12-02T13:00:00Z"), GB, now)).toBe("in 3 hours");
    expect(formatRelative(new Date("2026-12-02T08:00:00Z"), FR, now)).toBe("il y a 2 heures");
  });

  it("counts days as calendar days of the tenant's zone", () => {
    // 22:30 in Paris on the 1st, 00:30 in Paris on the 2nd: two hours apart, but yesterday.
    const evening = new Date("2026-12-01T21:30:00Z");
    const justAfterMidnight = new Date("2026-12-01T23:30:00Z");
    expect(formatRelative(evening, FR, justAfterMidnight)).toBe("hier");
    // The same two instants fall on the same day in New York.
    expect(formatRelative(evening, US, justAfterMidnight)).toBe("2 hours ago");
  });
});
