/**
 * Which locale formats a date, a number or an amount: the person's language for the words
 * (month names, "yesterday"), the tenant's country for the conventions (day or month first,
 * 24 h or 12 h, separators) — DESIGN §1, "Formats". English in a GB tenant reads "2 Dec 2026,
 * 14:30", in a US tenant "Dec 2, 2026, 2:30 PM"; French reads "2 déc. 2026, 14:30".
 *
 * The rule, checked against Node 20's and Chromium's ICU (they agree on every tag below):
 * 1. `language-COUNTRY` when CLDR has that variant: en-GB, en-US, en-FR, en-DE, en-IE, fr-FR,
 *    fr-BE, fr-CA… (about half of the countries a tenant can pick have one for English).
 * 2. Otherwise Intl would silently fall back to the bare language, and bare `en` is American
 *    (month first, 12 h) — wrong for English in Greece or Brazil. So we read the country's own
 *    conventions from its main language (`und-BR` → `pt-BR`: day first, 24 h) and take the
 *    first general variant of the language that shares them: `en-150` (European English: day
 *    first, 24 h), `en-001` (international English: day first, 12 h), then the bare language.
 *    French has no such variants, and bare `fr` (day first, 24 h) is what a French speaker
 *    expects anywhere.
 * 3. No country: the bare language.
 */

const SAMPLE = new Date(Date.UTC(2026, 11, 2, 14, 30));

type Conventions = { dayFirst: boolean; h24: boolean };

function conventions(tag: string): Conventions {
  const f = new Intl.DateTimeFormat(tag, { dateStyle: "short", timeStyle: "short", timeZone: "UTC" });
  const parts = f.formatToParts(SAMPLE).map((p) => p.type);
  const cycle = f.resolvedOptions().hourCycle;
  return { dayFirst: parts.indexOf("day") < parts.indexOf("month"), h24: cycle === "h23" || cycle === "h24" };
}

/** True when Intl has data of its own for `tag` rather than a fallback to a shorter tag. */
function known(tag: string): boolean {
  try {
    return new Intl.DateTimeFormat(tag).resolvedOptions().locale === tag;
  } catch {
    return false;
  }
}

function resolve(language: string, country: string): string {
  const exact = `${language}-${country}`;
  if (known(exact)) return exact;
  let main: string;
  try {
    main = new Intl.Locale(`und-${country}`).maximize().baseName;
  } catch {
    return language;
  }
  const wanted = conventions(main);
  const fits = [`${language}-150`, `${language}-001`].filter(known).find((tag) => {
    const c = conventions(tag);
    return c.dayFirst === wanted.dayFirst && c.h24 === wanted.h24;
  });
  return fits ?? language;
}

const resolved = new Map<string, string>();

/** "en" + "GB" → "en-GB"; "en" + "GR" → "en-001"; "fr" + "US" → "fr". Cached: pages call it per row. */
export function formatLocale(language: string, country?: string | null): string {
  if (!country) return language;
  const key = `${language}-${country.toUpperCase()}`;
  let tag = resolved.get(key);
  if (tag === undefined) {
    tag = resolve(language, country.toUpperCase());
    resolved.set(key, tag);
  }
  return tag;
}
