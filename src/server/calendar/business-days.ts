/**
 * Business-day arithmetic (DESIGN §3): the tenant's working days, minus its country's public
 * holidays, minus the assignee's days off. Due dates, phase starts and forecasts all count in
 * these days, on the server and in the template builder's live preview, so this module stays
 * tiny and browser-safe: the holidays arrive as a set of dates (`calendar/holidays` fills it
 * on the server), never through the holiday library itself.
 *
 * Dates are zone-free calendar dates ("2026-05-01"). They are counted as whole UTC days since
 * the epoch: date-fns works on instants in a time zone, where a DST change would shift a day.
 */
import { TZDate } from "@date-fns/tz";

/** A calendar date, "YYYY-MM-DD". ISO strings sort like the dates they name. */
export type IsoDate = string;

/**
 * Treat a calendar as a value: its date sets are converted once per set object, so give a
 * changed calendar new sets rather than editing one in place.
 */
export type BusinessCalendar = {
  /** ISO weekdays the tenant works: 1 = Monday … 7 = Sunday. */
  workingDays: readonly number[];
  holidays: ReadonlySet<IsoDate>;
  /** The assignee's own days off, on top of the tenant's calendar. */
  daysOff?: ReadonlySet<IsoDate>;
};

/**
 * A year of consecutive closed days is a broken calendar (holidays generated for every day, a
 * day-off range typed wrong), not a plan: past it, arithmetic stops with an error rather than
 * crawl on or return a date years away.
 */
export const MAX_CLOSED_RUN = 366;

const DAY_MS = 86_400_000;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** 400 Gregorian years, in days: the calendar repeats after them. */
const CYCLE_DAYS = 146_097;

/** The number written in `s` from `from` to `to`, or −1 if a character there is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Days since 1970-01-01, or null for anything that is not a real calendar date (2026-02-30).
 * Read character by character: a schedule parses a date per action, a forecast thousands.
 */
function dayNumberOf(date: string): number | null {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return null; // 45: "-"
  const [y, mo, d] = [digits(date, 0, 4), digits(date, 5, 7), digits(date, 8, 10)];
  const monthDays = mo === 2 && isLeap(y) ? 29 : MONTH_DAYS[mo - 1];
  if (y < 0 || monthDays === undefined || d < 1 || d > monthDays) return null;
  // Date.UTC reads years 0–99 as 1900–1999; computing 400 years later and taking a cycle back avoids it.
  return Date.UTC(y + 400, mo - 1, d) / DAY_MS - CYCLE_DAYS;
}

function toDayNumber(date: IsoDate): number {
  const day = dayNumberOf(date);
  if (day === null) throw new Error(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return day;
}

/** Whether `value` is a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(value: string): boolean {
  return dayNumberOf(value) !== null;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function isoOfParts(year: number, month: number, day: number): IsoDate {
  if (year < 0 || year > 9999) throw new Error(`Date out of range (years 0000–9999): year ${year}`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function fromDayNumber(day: number): IsoDate {
  const at = new Date(day * DAY_MS);
  return isoOfParts(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

/** ISO weekday of a day number: 1970-01-01 was a Thursday (4). */
const weekdayOf = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;

/**
 * A calendar reduced to numbers: a bitmask of worked weekdays (bit n for ISO weekday n) and
 * the closed dates as day numbers, so stepping through days never formats a string.
 */
type Compiled = { mask: number; closed: ReadonlySet<number>[] };

// Date sets are converted once per set object: schedules do thousands of lookups against the
// same few. Sets are treated as values; the size check catches a set grown after first use.
const converted = new WeakMap<ReadonlySet<IsoDate>, { size: number; days: ReadonlySet<number> }>();

function dayNumbers(dates: ReadonlySet<IsoDate>): ReadonlySet<number> {
  const hit = converted.get(dates);
  if (hit && hit.size === dates.size) return hit.days;
  const days = new Set<number>();
  for (const date of dates) {
    const day = dayNumberOf(date);
    if (day === null) throw new Error(`Not a calendar date (YYYY-MM-DD) among the holidays or days off: ${JSON.stringify(date)}`);
    days.add(day);
  }
  converted.set(dates, { size: dates.size, days });
  return days;
}

function compile(cal: BusinessCalendar): Compiled {
  let mask = 0;
  for (const d of cal.workingDays) {
    if (!Number.isInteger(d) || d < 1 || d > 7) throw new Error(`Working days are ISO weekdays 1–7, got ${d}`);
    mask |= 1 << d;
  }
  const closed = [dayNumbers(cal.holidays)];
  if (cal.daysOff && cal.daysOff.size > 0) closed.push(dayNumbers(cal.daysOff));
  return { mask, closed };
}

function open({ mask, closed }: Compiled, day: number): boolean {
  if ((mask & (1 << weekdayOf(day))) === 0) return false;
  for (const set of closed) if (set.has(day)) return false;
  return true;
}

function assertWorks({ mask }: Compiled): void {
  if (mask === 0) throw new Error("The business calendar has no working days: no date can ever be due");
}

/** The first business day strictly after (`step` 1) or before (`step` −1) `day`. */
function step(cal: Compiled, day: number, dir: 1 | -1): number {
  let d = day;
  for (let closed = 0; closed <= MAX_CLOSED_RUN; closed++) {
    d += dir;
    if (open(cal, d)) return d;
  }
  throw new Error(`No business day within ${MAX_CLOSED_RUN} days ${dir > 0 ? "after" : "before"} ${fromDayNumber(day)}: check the holidays and days off`);
}

export function isBusinessDay(cal: BusinessCalendar, date: IsoDate): boolean {
  return open(compile(cal), toDayNumber(date));
}

/**
 * n > 0: the n-th business day after `date`; n < 0: the |n|-th before; n = 0: `date` if it is
 * a business day, else the next one. The result is always a business day.
 */
export function addBusinessDays(cal: BusinessCalendar, date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new Error(`Business days are counted in whole days, got ${n}`);
  const compiled = compile(cal);
  assertWorks(compiled);
  let day = toDayNumber(date);
  if (n === 0) return open(compiled, day) ? date : fromDayNumber(step(compiled, day, 1));
  const dir = n > 0 ? 1 : -1;
  for (let i = 0; i < Math.abs(n); i++) day = step(compiled, day, dir);
  return fromDayNumber(day);
}

/** `date` if it is a business day, else the next one. */
export function rollForward(cal: BusinessCalendar, date: IsoDate): IsoDate {
  return addBusinessDays(cal, date, 0);
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(cal: BusinessCalendar, date: IsoDate): IsoDate {
  return addBusinessDays(cal, date, 1);
}

/**
 * The signed number of business days you pass going from `from` to `to`, counting the day you
 * arrive on and not the one you leave: those in (from, to] forward, minus those in [to, from)
 * backward. Counting `to` in both directions is what makes it the exact inverse of
 * `addBusinessDays` — add(from, count(from, to)) === to for every business day `to`, and
 * count(from, add(from, n)) === n for every n ≠ 0 (and n = 0 when `from` is a business day) —
 * whereas (to, from] backward would be off by one whenever `from` falls on a weekend.
 */
export function countBusinessDays(cal: BusinessCalendar, from: IsoDate, to: IsoDate): number {
  const compiled = compile(cal);
  const [a, b] = [toDayNumber(from), toDayNumber(to)];
  if (a === b) return 0;
  const [first, last, sign] = b > a ? [a + 1, b, 1] : [b, a - 1, -1];
  let count = 0;
  for (let d = first; d <= last; d++) if (open(compiled, d)) count++;
  return sign * count;
}

/**
 * The calendar date at `instant` in an IANA time zone: 23:30 UTC on 31 December is already
 * 1 January in Paris. "Today" for due dates is the tenant's today, not the server's.
 */
export function localDate(instant: Date, timeZone: string): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new Error("localDate: invalid instant");
  const local = new TZDate(instant.getTime(), timeZone);
  // An unknown zone gives an invalid date rather than an exception.
  if (Number.isNaN(local.getTime())) throw new Error(`Unknown time zone: ${JSON.stringify(timeZone)}`);
  return isoOfParts(local.getFullYear(), local.getMonth() + 1, local.getDate());
}
