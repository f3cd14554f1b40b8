/**
 * Countries a tenant can choose: those whose public holidays the holiday library knows,
 * since a tenant's country exists to give its business-day calendar (DESIGN §1).
 */
import Holidays from "date-holidays";
import type { AppLocale } from "@/i18n/locales";

const holidays = new Holidays();

export function supportedCountries(locale: AppLocale): Array<{ code: string; name: string }> {
  const names = holidays.getCountries(locale);
  const display = new Intl.DisplayNames([locale], { type: "region" });
  return Object.keys(names)
    .map((code) => ({ code, name: display.of(code) ?? names[code] ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

export function isSupportedCountry(code: string): boolean {
  return Object.hasOwn(holidays.getCountries("en"), code);
}

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
