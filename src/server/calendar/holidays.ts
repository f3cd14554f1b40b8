/**
 * A tenant's public holidays (DESIGN §3: "a holiday library, not a hand-made list"), read
 * from date-holidays for its country and region (`holidayCode`: "GB-SCT", "FR-67") and turned
 * into the plain set of dates `business-days` counts with. The library carries every
 * country's rules (~1 MB), so only the server imports this module; the browser receives the
 * resulting dates.
 *
 * Which days close offices: date-holidays types each day `public`, `bank`, `school`,
 * `optional` or `observance`. Only `public` is kept. For FR, BE, DE, CH, GB and US that is the
 * list offices close on: the UK's bank holidays are typed `public` (with their Monday
 * substitutes), the US `public` list is the federal one with its observed Fridays and Mondays,
 * while Germany's `bank` days are the 24 and 31 December afternoons, US `optional` is
 * Christmas Eve, and Mother's Day, Pentecost Sunday or Halloween are observances. Regions keep
 * the rule: Scotland's 2 January and St Andrew's Day and Alsace-Moselle's Good Friday and
 * 26 December are `public` there.
 *
 * A public holiday that only starts in the afternoon (Iceland's 24 December from 13:00) is
 * still a working day. One lasting several days (Tết, Eid, Russia's New Year break) closes
 * each of them.
 */
import { addMonths, formatISO, parseISO, subDays } from "date-fns";
import Holidays from "date-holidays";
import type { IsoDate } from "./business-days";

export type HolidayLocale = "en" | "fr";
export type PublicHoliday = { date: IsoDate; name: string };

/** Holiday rules are not meant for the far past or future; the bound also caps the cache. */
const MIN_YEAR = 1970;
const MAX_YEAR = 2200;
const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Unknown countries are refused, not answered with an empty list: scheduling a French tenant's
 * projects across 14 July because of a typo in its country would be silently wrong.
 */
export class UnknownCountryError extends Error {
  constructor(readonly country: string) {
    super(`No public-holiday calendar for country ${JSON.stringify(country)}: expected an ISO 3166-1 code such as "FR", or "DE-BY" for a region`);
    this.name = "UnknownCountryError";
  }
}

const library = new Holidays();
const regions = new Map<string, Holidays>();

/** The library's code for a country's state, matched regardless of case ("Aitutaki" in CK). */
function stateOf(country: string, state: string): string | undefined {
  const states = (library.getStates(country) as Record<string, string> | undefined) ?? {};
  return Object.keys(states).find((code) => code.toUpperCase() === state.toUpperCase());
}

/**
 * "FR", "fr" or, where holidays differ by region, "GB-SCT" / "FR-57" / "DE-BY" (ISO 3166-2,
 * as `holidayCode` writes them). A country alone gets its nationwide holidays.
 */
function region(country: string): { key: string; holidays: Holidays } {
  const key = country.trim().toUpperCase();
  const cached = regions.get(key);
  if (cached) return { key, holidays: cached };
  const [code = "", state, ...rest] = key.split("-");
  const known = rest.length === 0 && Object.hasOwn(library.getCountries(), code);
  const stateCode = known && state !== undefined ? stateOf(code, state) : undefined;
  if (!known || (state !== undefined && stateCode === undefined)) throw new UnknownCountryError(country);
  const holidays = stateCode === undefined ? new Holidays(code) : new Holidays(code, stateCode);
  regions.set(key, holidays);
  return { key, holidays };
}

/** The code `publicHolidays` and `holidaySet` take for a country and one of its regions (null: nationwide). */
export function holidayCode(country: string, region: string | null): string {
  return region === null ? country : `${country}-${region}`;
}

function dateAdd(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every closed day of the public holidays that start in `year`; a long one may spill into the next. */
function closedDaysStartingIn(holidays: Holidays, year: number, locale: HolidayLocale): PublicHoliday[] {
  return holidays
    .getHolidays(year, locale)
    .filter((h) => h.type === "public" && h.date.slice(11, 19) === "00:00:00")
    .flatMap((h) => {
      // `date` is local ("2027-03-09 00:00:00 -0600": an Eid that begins at the previous
      // sunset); start/end are instants, so their difference gives the length even across a
      // DST change (23 or 25 hours round to one day).
      const first = h.date.slice(0, 10);
      const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
      return Array.from({ length }, (_, i) => ({ date: dateAdd(first, i), name: h.name }));
    });
}

const byYear = new Map<string, readonly PublicHoliday[]>();

/** The public holidays falling in `year`, sorted by date: cached, they never change. */
function publicHolidaysIn(country: string, year: number, locale: HolidayLocale): readonly PublicHoliday[] {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new Error(`Public holidays are known for years ${MIN_YEAR}–${MAX_YEAR}, not ${year}`);
  const { key, holidays } = region(country);
  const cacheKey = `${key}|${year}|${locale}`;
  const cached = byYear.get(cacheKey);
  if (cached) return cached;
  const prefix = `${year}-`;
  const days = [...closedDaysStartingIn(holidays, year - 1, locale), ...closedDaysStartingIn(holidays, year, locale)]
    .filter((h) => h.date.startsWith(prefix))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  byYear.set(cacheKey, days);
  return days;
}

/**
 * Public holidays from `from` to `to` inclusive, by date, named in `locale` (the library's
 * own language where it has no translation). Two holidays on one day are both listed.
 */
export function publicHolidays(country: string, from: IsoDate, to: IsoDate, locale: HolidayLocale = "en"): PublicHoliday[] {
  for (const date of [from, to]) if (!ISO_DATE.test(date)) throw new Error(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const [first, last] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  const result: PublicHoliday[] = [];
  for (let year = first; year <= last; year++) {
    for (const h of publicHolidaysIn(country, year, locale)) if (h.date >= from && h.date <= to) result.push(h);
  }
  if (first > last) region(country); // still refuse an unknown country on an empty range
  return result.map((h) => ({ ...h }));
}

/** The closed days of `fromYear` to `toYear` inclusive: a `BusinessCalendar`'s `holidays`. */
export function holidaySet(country: string, fromYear: number, toYear: number): Set<IsoDate> {
  const dates = new Set<IsoDate>();
  for (let year = fromYear; year <= toYear; year++) for (const h of publicHolidaysIn(country, year, "en")) dates.add(h.date);
  if (fromYear > toYear) region(country);
  return dates;
}

/**
 * The public holidays of the twelve months from `today`: today up to the day before the same
 * date next year, so a list read on 31 December reaches the next Christmas and a holiday is
 * never listed for two years at once.
 */
export function holidaysOfTheYearAhead(country: string, today: IsoDate, locale: HolidayLocale = "en"): PublicHoliday[] {
  const until = formatISO(subDays(addMonths(parseISO(today), 12), 1), { representation: "date" });
  return publicHolidays(country, today, until, locale);
}
