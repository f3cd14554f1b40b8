/**
 * Calendar dates typed by hand, in the place's own numeric order: "31/12/2026" in a British or
 * French tenant, "12/31/2026" in an American one. The browser's own date input cannot do
 * this: it follows the browser's language, so a British reseller on an American-set laptop
 * would read mm/dd/yyyy. Values stay "YYYY-MM-DD", as forms and the API take them; ISO text
 * typed or pasted is understood everywhere.
 *
 * Intl says the order and the separators (the same data as every other date on the page);
 * reading the three numbers back needs no date library — and a page with a date field then
 * does not download one (date-fns' parser alone weighs 12 kB gzip).
 */
import type { FormatPlace } from "./format";
import { formatLocale } from "./locale";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

type Field = "day" | "month" | "year";
const cache = new Map<string, { shown: Intl.DateTimeFormat; order: Field[] }>();

function entryOf(place: Pick<FormatPlace, "language" | "country">) {
  const locale = formatLocale(place.language, place.country);
  let e = cache.get(locale);
  if (!e) {
    const shown = new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
    const order = shown.formatToParts(new Date(Date.UTC(2026, 11, 31))).flatMap((p) => (p.type === "day" || p.type === "month" || p.type === "year" ? [p.type] : []));
    e = { shown, order };
    cache.set(locale, e);
  }
  return e;
}

/** The day, if it exists ("2026-02-31" does not), as "YYYY-MM-DD". */
function isoOf(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** "2026-12-31" as the place writes it: "31/12/2026"; text that is not such a date is kept as it is. */
export function formatDateEntry(value: string, place: Pick<FormatPlace, "language" | "country">): string {
  const m = ISO.exec(value);
  if (!m || !isoOf(Number(m[1]), Number(m[2]), Number(m[3]))) return value;
  return entryOf(place).shown.format(new Date(`${value}T00:00:00.000Z`));
}

/**
 * What a person typed, as "YYYY-MM-DD", or null when it is not a real day ("31/02/2026").
 * Any separators, one- or two-digit day and month, a four- or two-digit year (this century).
 */
export function parseDateEntry(text: string, place: Pick<FormatPlace, "language" | "country">): string | null {
  const typed = text.trim();
  const iso = ISO.exec(typed);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numbers = typed.split(/[^\d]+/).filter(Boolean);
  if (numbers.length !== 3 || !/^\d/.test(typed) || !/\d\.?$/.test(typed)) return null;
  const at = Object.fromEntries(entryOf(place).order.map((field, i) => [field, numbers[i]!])) as Record<Field, string>;
  if (at.day.length > 2 || at.month.length > 2 || (at.year.length !== 4 && at.year.length !== 2)) return null;
  const year = at.year.length === 2 ? 2000 + Number(at.year) : Number(at.year);
  return isoOf(year, Number(at.month), Number(at.day));
}

/** Whether the place writes the day before the month (the calendar's locale follows). */
export function dayComesFirst(place: Pick<FormatPlace, "language" | "country">): boolean {
  const { order } = entryOf(place);
  return order.indexOf("day") < order.indexOf("month");
}
