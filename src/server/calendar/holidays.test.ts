/**
 * Tests for public holidays: the days offices close in the countries we sell in, as the
 * library computes them, with names in the tenant's language, multi-day holidays spread over
 * their days, and unknown countries refused.
 */
import { describe, it, expect } from "vitest";
import { UnknownCountryError, holidayCode, holidaySet, holidaysOfTheYearAhead, publicHolidays } from "./holidays";

const dates = (country: string, from: string, to: string) => publicHolidays(country, from, to).map((h) => h.date);

describe("publicHolidays", () => {
  it("lists France's 2027 public holidays, Easter-based ones included", () => {
    expect(publicHolidays("FR", "2027-01-01", "2027-12-31")).toEqual([
      { date: "2027-01-01", name: "New Year's Day" },
      { date: "2027-03-29", name: "Easter Monday" },
      { date: "2027-05-01", name: "Labour Day" },
      { date: "2027-05-06", name: "Ascension Day" },
      { date: "2027-05-08", name: "Victory Day" },
      { date: "2027-05-17", name: "Whit Monday" },
      { date: "2027-07-14", name: "Bastille Day" },
      { date: "2027-08-15", name: "Assumption" },
      { date: "2027-11-01", name: "All Saints' Day" },
      { date: "2027-11-11", name: "Armistice Day" },
      { date: "2027-12-25", name: "Christmas Day" },
    ]);
  });

  it("names them in French for a French tenant", () => {
    expect(publicHolidays("FR", "2027-07-14", "2027-07-14", "fr")).toEqual([{ date: "2027-07-14", name: "Fête Nationale de la France" }]);
    expect(publicHolidays("FR", "2027-03-29", "2027-03-29", "fr")[0]?.name).toBe("Lundi de Pâques");
  });

  it("keeps observances out: no Pentecost Sunday or Mother's Day in France", () => {
    expect(dates("FR", "2027-05-16", "2027-05-30")).toEqual(["2027-05-17"]);
  });

  it("includes the UK's substitute bank holidays", () => {
    expect(dates("GB", "2027-12-20", "2027-12-31")).toEqual(["2027-12-25", "2027-12-26", "2027-12-27", "2027-12-28"]);
  });

  it("includes the US observed days and leaves Christmas Eve (optional) out", () => {
    expect(dates("US", "2027-12-20", "2027-12-31")).toEqual(["2027-12-24", "2027-12-25", "2027-12-31"]);
    expect(dates("US", "2026-07-01", "2026-07-06")).toEqual(["2026-07-03", "2026-07-04"]);
  });

  it("gives Germany's nationwide holidays, and a state's own with DE-BY", () => {
    expect(dates("DE", "2027-12-20", "2027-12-31")).toEqual(["2027-12-25", "2027-12-26"]); // the 24th and 31st afternoons are `bank`
    expect(dates("DE", "2027-01-06", "2027-01-06")).toEqual([]);
    expect(dates("de-by", "2027-01-06", "2027-01-06")).toEqual(["2027-01-06"]);
  });

  it("gives Belgium's and Switzerland's national days", () => {
    expect(dates("BE", "2027-07-21", "2027-07-21")).toEqual(["2027-07-21"]);
    expect(dates("CH", "2027-08-01", "2027-08-01")).toEqual(["2027-08-01"]);
  });

  it("closes every day of a multi-day holiday", () => {
    expect(dates("RU", "2027-01-01", "2027-01-08")).toEqual(["2027-01-01", "2027-01-02", "2027-01-03", "2027-01-04", "2027-01-05", "2027-01-06", "2027-01-07", "2027-01-08"]);
  });

  it("keeps a holiday that starts in the afternoon a working day", () => {
    expect(dates("IS", "2027-12-24", "2027-12-24")).toEqual([]);
  });

  it("is empty for an empty range, and bounded by `from` and `to`", () => {
    expect(publicHolidays("FR", "2027-07-15", "2027-07-13")).toEqual([]);
    expect(dates("FR", "2026-12-25", "2027-01-01")).toEqual(["2026-12-25", "2027-01-01"]);
  });

  it("refuses an unknown country rather than pretend it has no holidays", () => {
    expect(() => publicHolidays("XX", "2027-01-01", "2027-12-31")).toThrow(UnknownCountryError);
    expect(() => publicHolidays("FR-ZZ", "2027-01-01", "2027-12-31")).toThrow(/No public-holiday calendar for country "FR-ZZ"/);
    expect(() => publicHolidays("XX", "2027-12-31", "2027-01-01")).toThrow(UnknownCountryError);
  });

  it("refuses malformed dates and years the rules are not meant for", () => {
    expect(() => publicHolidays("FR", "2027-1-1", "2027-12-31")).toThrow(/Not a calendar date/);
    expect(() => publicHolidays("FR", "1900-01-01", "1900-12-31")).toThrow(/1970–2200/);
  });
});

describe("holidaySet", () => {
  it("holds the closed days of the years asked for", () => {
    const fr = holidaySet("FR", 2026, 2027);
    expect(fr.size).toBe(22);
    for (const d of ["2026-05-01", "2026-07-14", "2027-03-29", "2027-05-06", "2027-05-17"]) expect(fr.has(d)).toBe(true);
    expect(fr.has("2027-05-16")).toBe(false);
  });

  it("includes the days a holiday that started the year before spills into", () => {
    // Eswatini's Incwala runs six days from 28 December 2027.
    expect([...holidaySet("SZ", 2028, 2028)].filter((d) => d < "2028-01-10")).toEqual(["2028-01-01", "2028-01-02"]);
  });

  it("hands out a fresh set: changing it does not change the next one", () => {
    holidaySet("FR", 2027, 2027).add("2027-06-01");
    expect(holidaySet("FR", 2027, 2027).has("2027-06-01")).toBe(false);
  });

  it("refuses an unknown country even for an empty range", () => {
    expect(() => holidaySet("XX", 2027, 2026)).toThrow(UnknownCountryError);
  });
});

describe("regions", () => {
  it("takes a region as holidayCode writes it, in any case the library uses", () => {
    expect(holidayCode("GB", "SCT")).toBe("GB-SCT");
    expect(holidayCode("FR", null)).toBe("FR");
    expect(dates(holidayCode("GB", "SCT"), "2026-11-30", "2026-11-30")).toEqual(["2026-11-30"]);
    // The Cook Islands' islands are the library's only mixed-case codes.
    expect(() => publicHolidays(holidayCode("CK", "Aitutaki"), "2027-01-01", "2027-12-31")).not.toThrow();
    expect(() => publicHolidays(holidayCode("GB", "XYZ"), "2027-01-01", "2027-12-31")).toThrow(UnknownCountryError);
  });

  it("names a region's own holidays: Scotland's St Andrew's Day", () => {
    expect(publicHolidays("GB-SCT", "2026-11-30", "2026-11-30")).toEqual([{ date: "2026-11-30", name: "St Andrew’s Day" }]);
  });
});

describe("holidaysOfTheYearAhead", () => {
  const england = (today: string) => holidaysOfTheYearAhead("GB-ENG", today).map((h) => h.date);

  it("from 31 December reaches the next Christmas and its substitute days", () => {
    const list = england("2026-12-31");
    expect(list[0]).toBe("2027-01-01");
    expect(list.slice(-4)).toEqual(["2027-12-25", "2027-12-26", "2027-12-27", "2027-12-28"]);
    expect(list).toContain("2027-08-30"); // England's summer bank holiday, in the last months of the list
  });

  it("from 20 December lists this Christmas and stops before the next one", () => {
    const list = england("2026-12-20");
    expect(list.slice(0, 3)).toEqual(["2026-12-25", "2026-12-26", "2026-12-28"]);
    expect(list.at(-1)).toBe("2027-08-30");
  });

  it("covers exactly twelve months: a holiday read on its day is not listed again a year later", () => {
    expect(england("2026-12-25").filter((d) => d.endsWith("-12-25"))).toEqual(["2026-12-25"]);
    expect(england("2027-01-01").at(-1)).toBe("2027-12-28");
  });

  it("names them in the tenant's language", () => {
    expect(holidaysOfTheYearAhead("FR-57", "2026-12-20", "fr").slice(0, 2)).toEqual([
      { date: "2026-12-25", name: "Noël" },
      { date: "2026-12-26", name: "Lendemain de Noël" },
    ]);
  });
});
