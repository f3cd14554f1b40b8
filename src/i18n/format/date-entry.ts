/**
 * Calendar dates typed by hand, in the place's own numeric order: "31/12/2026" in a British or
 * French tenant, "12/31/2026" in an American one. The browser's
 * own date input cannot do this: it follows the browser's language, so a British reseller on
 * an American-set laptop would read mm/dd/yyyy. Values stay "YYYY-MM-DD", as forms and the
 * API take them; ISO text typed or pasted is understood everywhere.
 */
import { format, isValid, parse } from "date-fns";
import type { FormatPlace } from "./format";
import { formatLocale } from "./locale";

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const TOKEN = { day: "dd", month: "MM", year: "yyyy" } as const;

type Patterns = { shown: string; typed: string[]; dayFirst: boolean };
const cache = new Map<string, Patterns>();

/** The place's short numeric date as date-fns patterns: the one shown, and those accepted. */
function patternsOf(place: Pick<FormatPlace, "language" | "country">): Patterns {
  const locale = formatLocale(place.language, place.country);
  let p = cache.get(locale);
  if (!p) {
    const parts = new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).formatToParts(new Date(Date.UTC(2026, 11, 31)));
    // Letters in a literal would be read as date-fns tokens: quote them.
    const shown = parts.map((x) => (x.type in TOKEN ? TOKEN[x.type as keyof typeof TOKEN] : /[a-z]/i.test(x.value) ? `'${x.value.replace(/'/g, "''")}'` : x.value)).join("");
    const loose = shown.replace("dd", "d").replace("MM", "M");
    const types = parts.map((x) => x.type);
    p = { shown, typed: [loose, loose.replace("yyyy", "yy")], dayFirst: types.indexOf("day") < types.indexOf("month") };
    cache.set(locale, p);
  }
  return p;
}

/** "2026-12-31" as the place writes it: "31/12/2026"; text that is not such a date is kept as it is. */
export function formatDateEntry(value: string, place: Pick<FormatPlace, "language" | "country">): string {
  if (!ISO.test(value)) return value;
  return format(parse(value, "yyyy-MM-dd", new Date()), patternsOf(place).shown);
}

/** What a person typed, as "YYYY-MM-DD", or null when it is not a real date ("31/02/2026"). */
export function parseDateEntry(text: string, place: Pick<FormatPlace, "language" | "country">): string | null {
  const typed = text.trim();
  if (!typed) return null;
  for (const pattern of [...patternsOf(place).typed, "yyyy-MM-dd"]) {
    const d = parse(typed, pattern, new Date());
    // "yyyy" also takes "26" as the year 26: a two-digit year is left to the "yy" pattern.
    if (isValid(d) && d.getFullYear() >= 1000) return format(d, "yyyy-MM-dd");
  }
  return null;
}

/** Whether the place writes the day before the month (the calendar's locale follows). */
export function dayComesFirst(place: Pick<FormatPlace, "language" | "country">): boolean {
  return patternsOf(place).dayFirst;
}
