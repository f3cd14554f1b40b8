/**
 * Label words from the message catalogs, for code outside React (server pages, emails, tests).
 * Imports every catalog, so browser code uses the builder's `useLabelWords` instead.
 */
import { createTranslator } from "use-intl/core";
import type { AppLocale } from "@/i18n/locales";
import { MESSAGES } from "@/i18n/messages";
import type { LabelWords } from "./words";

/** `country`: the tenant's, for the formats of the place ("15 Mar 2027" in GB, "Mar 15, 2027" in the US). */
export function labelWords(locale: AppLocale, country?: string): LabelWords {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "templates.labels" });
  const tag = country ? `${locale}-${country}` : locale;
  const numbers = new Intl.NumberFormat(tag);
  // Calendar dates are UTC midnights: read in UTC, the 1st never shows as the 31st.
  const dates = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" });
  const lists = new Intl.ListFormat(tag, { type: "disjunction" });
  return {
    t: (key, values) => t(key, values),
    number: (n) => numbers.format(n),
    date: (iso) => dates.format(new Date(`${iso}T00:00:00.000Z`)),
    or: (items) => lists.format(items),
  };
}
