/** Emails are rendered outside React's request tree, so they translate with use-intl's core. */
import { createTranslator } from "use-intl/core";
import { MESSAGES } from "../src/i18n/messages";
import type { AppLocale } from "../src/i18n/locales";

export function emailTranslator(locale: AppLocale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}
export type EmailTranslator = ReturnType<typeof emailTranslator>;
