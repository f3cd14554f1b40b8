/** Dates typed by hand in the tenant's order, whatever the browser's language. */
import { describe, expect, it } from "vitest";
import { FR, GB, US } from "../../../tests/support/places";
import { dayComesFirst, formatDateEntry, parseDateEntry } from "./date-entry";

describe("formatDateEntry", () => {
  it.each([
    [GB, "31/12/2026"],
    [US, "12/31/2026"],
    [FR, "31/12/2026"],
  ])("writes 2026-12-31 as the place does (%o)", (place, shown) => {
    expect(formatDateEntry("2026-12-31", place)).toBe(shown);
  });

  it("keeps text that is not a date as it was typed", () => {
    expect(formatDateEntry("31/13/2026", GB)).toBe("31/13/2026");
    expect(formatDateEntry("", GB)).toBe("");
  });
});

describe("parseDateEntry", () => {
  it("reads the day first in a British or French tenant, the month first in an American one", () => {
    expect(parseDateEntry("02/12/2026", GB)).toBe("2026-12-02");
    expect(parseDateEntry("02/12/2026", FR)).toBe("2026-12-02");
    expect(parseDateEntry("02/12/2026", US)).toBe("2026-02-12");
  });

  it("takes single digits, a two-digit year, spaces around, and ISO text anywhere", () => {
    expect(parseDateEntry(" 2/5/2027 ", GB)).toBe("2027-05-02");
    expect(parseDateEntry("2/5/27", GB)).toBe("2027-05-02");
    expect(parseDateEntry("2027-05-02", US)).toBe("2027-05-02");
  });

  it("refuses days that do not exist and text that is not a date", () => {
    expect(parseDateEntry("31/02/2026", GB)).toBeNull();
    expect(parseDateEntry("29/02/2027", FR)).toBeNull();
    expect(parseDateEntry("29/02/2028", FR)).toBe("2028-02-29");
    expect(parseDateEntry("13/31/2026", US)).toBeNull();
    expect(parseDateEntry("next friday", GB)).toBeNull();
    expect(parseDateEntry("2/12/2026x", GB)).toBeNull();
    expect(parseDateEntry("02/12/20266", GB)).toBeNull();
    expect(parseDateEntry("2026-02-30", GB)).toBeNull();
    expect(parseDateEntry("", GB)).toBeNull();
  });
});

describe("dayComesFirst", () => {
  it("is true for British and French tenants, false for American ones", () => {
    expect([dayComesFirst(GB), dayComesFirst(FR), dayComesFirst(US)]).toEqual([true, true, false]);
  });
});
