/**
 * Label words from the message catalogs, for code outside React (server pages, emails, tests).
 * Imports every catalog, so browser code uses the builder's `useLabelWords` instead.
 */
import { createTranslator } from "use-intl/core";
import type { AppLocale } from "@/i18n/locales";
import { MESSAGES } from "@/i18n/messages";
import { createFormat } from "@/i18n/format/format";
import { labelWordsFrom, type LabelWords } from "./words";

/** `country`: the tenant's, for the formats of the place ("15 Mar 2027" in GB, "Mar 15, 2027" in the US). */
export function labelWords(locale: AppLocale, country?: string): LabelWords {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "templates.labels" });
  // Calendar dates are UTC midnights: the format module reads them in UTC whatever the zone.
  return labelWordsFrom((key, values) => t(key, values), createFormat({ language: locale, country, timeZone: "UTC" }));
}
