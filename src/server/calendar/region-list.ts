/**
 * The holiday regions the library knows (its "states": the UK's nations, France's Alsace-Moselle
 * departments and overseas departments, Germany's Länder, US states…), named in the person's
 * language: ours where the catalogue has a name (the UK's and France's, which the library names
 * in one language only), else the library's in that language where it has one, else its own.
 * Server-only: the library is large; pages hand the list to the browser.
 */
import Holidays from "date-holidays";
import type { AppLocale } from "@/i18n/locales";
import { MESSAGES } from "@/i18n/messages";
import type { CountryRegions, RegionsByCountry } from "./regions";

/**
 * Countries whose nationwide list no office follows: the UK's lacks England's and Wales's summer
 * bank holiday and Scotland's 2 January, and gives Scotland Easter Monday. Tenants there must
 * pick a region. Elsewhere the nationwide list is a real calendar (metropolitan France's, the
 * US federal holidays, Germany's nationwide days), so "whole country" is a choice.
 */
const REGION_REQUIRED: ReadonlySet<string> = new Set(["GB"]);

const library = new Holidays();
const cache = new Map<AppLocale, RegionsByCountry>();

function countryRegions(country: string, states: Record<string, string>, locale: AppLocale): CountryRegions {
  const catalogue = MESSAGES[locale].regions;
  const names: Record<string, string> = catalogue.names;
  const nationalOf: Record<string, string> = catalogue.nationalOf;
  const regions = Object.entries(states)
    .map(([code, name]) => ({ code, name: names[`${country}-${code}`] ?? name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return { national: REGION_REQUIRED.has(country) ? null : (nationalOf[country] ?? catalogue.national), regions };
}

/** Every country with regional holidays, its regions and whether the nationwide list is a choice. */
export function holidayRegions(locale: AppLocale): RegionsByCountry {
  const cached = cache.get(locale);
  if (cached) return cached;
  const all: Record<string, CountryRegions> = {};
  for (const country of Object.keys(library.getCountries())) {
    const states = library.getStates(country, locale) as Record<string, string> | undefined;
    if (states && Object.keys(states).length > 0) all[country] = countryRegions(country, states, locale);
  }
  cache.set(locale, all);
  return all;
}
