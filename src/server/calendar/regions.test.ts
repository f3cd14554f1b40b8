/**
 * Holiday regions as the forms and procedures see them: which countries ask for one (the UK
 * must), which choices are refused, and the names a person reads in either language.
 */
import { describe, expect, it } from "vitest";
import Holidays from "date-holidays";
import { LOCALES } from "@/i18n/locales";
import { MESSAGES } from "@/i18n/messages";
import { holidayRegions } from "./region-list";
import { NATIONAL, effectiveRegion, memberRegionProblem, regionName, regionProblem } from "./regions";

const en = holidayRegions("en");
const fr = holidayRegions("fr");
const codes = (country: string) => en[country]?.regions.map((r) => r.code).sort();

describe("the lists", () => {
  it("give the UK's nations, France's Alsace-Moselle departments and overseas departments, Germany's Länder and US states", () => {
    expect(codes("GB")).toEqual(["ALD", "ENG", "NIR", "SCT", "WLS"]);
    expect(codes("FR")).toEqual(expect.arrayContaining(["57", "67", "68", "GP", "MQ", "GF", "RE", "YT"]));
    expect(codes("DE")).toHaveLength(16);
    expect(codes("US")).toEqual(expect.arrayContaining(["CA", "NY", "TX"]));
    expect(en.IE).toBeUndefined(); // one list for the whole country: no region to ask for
  });

  it("name the UK's and France's regions in the person's language, sorted by name", () => {
    expect(en.GB?.regions.map((r) => r.name)).toEqual(["Alderney", "England", "Northern Ireland", "Scotland", "Wales"]);
    expect(fr.GB?.regions.map((r) => r.name)).toEqual(["Angleterre", "Aurigny", "Écosse", "Irlande du Nord", "Pays de Galles"]);
    expect(en.FR?.regions.slice(0, 3).map((r) => r.name)).toEqual(["Alsace-Moselle: Bas-Rhin", "Alsace-Moselle: Haut-Rhin", "Alsace-Moselle: Moselle"]);
    expect(regionName(fr, "FR", "GF")).toBe("Guyane");
    expect(regionName(en, "FR", "GF")).toBe("French Guiana");
  });

  it("have our name, in both languages, for every region of the UK and France the library knows", () => {
    const library = new Holidays();
    for (const country of ["GB", "FR"]) {
      for (const code of Object.keys(library.getStates(country) ?? {})) {
        for (const locale of LOCALES) expect(Object.hasOwn(MESSAGES[locale].regions.names, `${country}-${code}`), `${locale}: ${country}-${code}`).toBe(true);
      }
    }
  });

  it("use the library's own names elsewhere, in French where it has them", () => {
    expect(regionName(en, "DE", "BY")).toBe("Bayern");
    expect(regionName(fr, "CH", "GE")).toBe("Canton de Genève");
    expect(regionName(en, "CH", "GE")).toBe("Canton of Geneva");
  });

  it("offer the nationwide list as a choice, except in the UK", () => {
    expect(en.GB?.national).toBeNull();
    expect(en.FR?.national).toBe("Metropolitan France, outside Alsace-Moselle");
    expect(fr.FR?.national).toBe("France métropolitaine hors Alsace-Moselle");
    expect(en.DE?.national).toBe("Whole country (nationwide holidays only)");
  });
});

describe("a tenant's region", () => {
  it.each([
    ["GB", "SCT", null],
    ["GB", null, "regionRequired"],
    ["GB", "57", "region"],
    ["FR", "57", null],
    ["FR", null, null],
    ["FR", NATIONAL, "region"],
    ["IE", null, null],
    ["IE", "ENG", "region"],
    ["DE", "by", "region"],
  ] as const)("%s + %s → %s", (country, region, problem) => {
    expect(regionProblem(en, country, region)).toBe(problem);
  });
});

describe("a member's region", () => {
  it.each([
    ["GB", null, null],
    ["GB", "SCT", null],
    ["GB", NATIONAL, "region"],
    ["FR", NATIONAL, null],
    ["FR", "SCT", "region"],
    ["IE", NATIONAL, "region"],
  ] as const)("%s + %s → %s", (country, region, problem) => {
    expect(memberRegionProblem(en, country, region)).toBe(problem);
  });

  it("follows the tenant's unless they have their own", () => {
    expect(effectiveRegion("ENG", null)).toBe("ENG");
    expect(effectiveRegion("ENG", "SCT")).toBe("SCT");
    expect(effectiveRegion("67", NATIONAL)).toBeNull();
  });
});
