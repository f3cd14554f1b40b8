/**
 * The one place dates, times, numbers, lists and relative dates are turned into text, for
 * every page (server and client components) and every email. A `FormatPlace` says for whom:
 * the reader's language, the tenant's country (see `formatLocale`) and the tenant's time zone.
 * Money (decimal.js) and phone numbers (libphonenumber) live beside this file, in their own
 * modules, so a page that shows only dates downloads neither library.
 *
 * Two kinds of dates, never mixed up:
 * - calendar dates (a close date, a holiday, a day off) are days, not moments: stored as UTC
 *   midnight or "YYYY-MM-DD", they are read in UTC — in the tenant's zone a tenant west of
 *   Greenwich would see the 1st as the 31st;
 * - instants (an activity, an expiry) are moments, shown in the tenant's time zone.
 */
import { formatLocale } from "./locale";

export type FormatPlace = { language: string; country?: string | null; timeZone: string };

/** The place for a reader of a tenant: pages (the UI language) and emails (the contact's). */
export function placeOf(language: string, tenant: { country: string | null; timezone: string }): FormatPlace {
  return { language, country: tenant.country, timeZone: tenant.timezone };
}

/** A calendar date as stored ("YYYY-MM-DD") or a Date at UTC midnight. */
export type CalendarDate = Date | string;

const DATE_STYLES = {
  short: { dateStyle: "short" },
  medium: { dateStyle: "medium" },
  long: { dateStyle: "long" },
  full: { dateStyle: "full" },
  /** "Dec 2026" / "déc. 2026": a month on an axis or in a table. */
  month: { month: "short", year: "numeric" },
  /** "December 2026" / "décembre 2026". */
  monthLong: { month: "long", year: "numeric" },
  /** "2": a tick on a day axis. */
  dayOfMonth: { day: "numeric" },
  /** "Wednesday" / "mercredi". */
  weekday: { weekday: "long" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateStyle = keyof typeof DATE_STYLES;

// Building an Intl formatter costs far more than using one, and a list formats one per row.
const cache = new Map<string, object>();
function cached<T extends object>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

function dates(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  return cached(`d|${locale}|${timeZone}|${key}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone }));
}

function utcMidnight(date: CalendarDate): Date {
  return typeof date === "string" ? new Date(`${date.slice(0, 10)}T00:00:00.000Z`) : date;
}

/** A calendar date: "2 Dec 2026" / "Dec 2, 2026" / "2 déc. 2026"; also "YYYY-MM" for a month. */
export function formatCalendarDate(date: CalendarDate, place: FormatPlace, style: DateStyle = "medium"): string {
  const value = typeof date === "string" && /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : date;
  return dates(formatLocale(place.language, place.country), "UTC", DATE_STYLES[style], style).format(utcMidnight(value));
}

/** The day an instant falls on in the tenant's zone: "2 Dec 2026". */
export function formatDate(instant: Date, place: FormatPlace, style: DateStyle = "medium"): string {
  return dates(formatLocale(place.language, place.country), place.timeZone, DATE_STYLES[style], style).format(instant);
}

/** An instant with its time: "2 Dec 2026, 14:30" / "Dec 2, 2026, 2:30 PM"; `long`: "2 December 2026 at 14:30". */
export function formatDateTime(instant: Date, place: FormatPlace, style: "medium" | "long" = "medium"): string {
  return dates(formatLocale(place.language, place.country), place.timeZone, { dateStyle: style, timeStyle: "short" }, `${style}+time`).format(instant);
}

/** The time of an instant: "14:30" / "2:30 PM". */
export function formatTime(instant: Date, place: FormatPlace): string {
  return dates(formatLocale(place.language, place.country), place.timeZone, { timeStyle: "short" }, "time").format(instant);
}

/** "1,234.5" / "1 234,5" (Intl's narrow no-break space in French). */
export function formatNumber(value: number, place: FormatPlace, options: Intl.NumberFormatOptions = {}): string {
  const locale = formatLocale(place.language, place.country);
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** "Monday, Tuesday and Friday" / "lundi, mardi et vendredi"; `or`: "500M or 1G" / "500M ou 1G". */
export function formatList(items: readonly string[], place: FormatPlace, kind: "and" | "or" = "and"): string {
  const locale = formatLocale(place.language, place.country);
  const type = kind === "and" ? "conjunction" : "disjunction";
  return cached(`l|${locale}|${type}`, () => new Intl.ListFormat(locale, { type })).format(items);
}

/** The weekday names, keyed by ISO number (1 = Monday … 7 = Sunday). */
export function weekdayName(iso: number, place: FormatPlace): string {
  // 1 January 2024 was a Monday.
  return formatCalendarDate(new Date(Date.UTC(2024, 0, iso)), place, "weekday");
}

/** "YYYY-MM-DD" of an instant in a time zone: today's date in the tenant's zone, for one. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD, digit for digit what a date input holds.
  return dates("en-CA", timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }, "iso").format(instant);
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * "now", "yesterday", "in 3 days", "2 hours ago" / « maintenant », « hier », « dans 3 jours ». Days are
 * counted as calendar days in the tenant's zone, so an instant of 23:00 the day before is
 * "yesterday" even at 00:30. A calendar date ("YYYY-MM-DD") never gets hours.
 */
export function formatRelative(value: CalendarDate, place: FormatPlace, now: Date): string {
  const locale = formatLocale(place.language, place.country);
  const rtf = cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto" }));
  const isCalendar = typeof value === "string";
  const day = isCalendar ? value.slice(0, 10) : calendarDateIn(value, place.timeZone);
  const days = daysBetween(calendarDateIn(now, place.timeZone), day);
  if (days === 0 && !isCalendar) {
    const minutes = Math.round((value.getTime() - now.getTime()) / 60_000);
    if (minutes === 0) return rtf.format(0, "second");
    return Math.abs(minutes) < 60 ? rtf.format(minutes, "minute") : rtf.format(Math.round(minutes / 60), "hour");
  }
  const size = Math.abs(days);
  if (size < 7) return rtf.format(days, "day");
  if (size < 30) return rtf.format(Math.round(days / 7), "week");
  if (size < 365) return rtf.format(Math.round(days / 30.44), "month");
  return rtf.format(Math.round(days / 365.25), "year");
}

export type Format = ReturnType<typeof createFormat>;

/** Every formatter above bound to one place: what pages, components and emails hold. */
export function createFormat(place: FormatPlace) {
  return {
    place,
    locale: formatLocale(place.language, place.country),
    calendar: (date: CalendarDate, style?: DateStyle) => formatCalendarDate(date, place, style),
    day: (instant: Date, style?: DateStyle) => formatDate(instant, place, style),
    instant: (instant: Date, style?: "medium" | "long") => formatDateTime(instant, place, style),
    time: (instant: Date) => formatTime(instant, place),
    number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, place, options),
    list: (items: readonly string[], kind?: "and" | "or") => formatList(items, place, kind),
    weekday: (iso: number) => weekdayName(iso, place),
    relative: (value: CalendarDate, now: Date) => formatRelative(value, place, now),
  };
}
