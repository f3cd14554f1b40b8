/**
 * The UI and email languages, and how one is chosen for a request: the person's own choice,
 * else their tenant's, else what the browser asks for, else English (DESIGN §1).
 */
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

export const LOCALES = ["en", "fr"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "en";
/** Each language named in itself, so that a reader finds theirs whatever the page's language. */
export const LANGUAGE_NAMES: Record<AppLocale, string> = { en: "English", fr: "Français" };

export function isLocale(v: unknown): v is AppLocale {
  return typeof v === "string" && (LOCALES as readonly string[]).includes(v);
}

export function pickLocale(c: { user?: string | null; tenant?: string | null; acceptLanguage?: string | null }): AppLocale {
  if (isLocale(c.user)) return c.user;
  if (isLocale(c.tenant)) return c.tenant;
  const asked = new Negotiator({ headers: { "accept-language": c.acceptLanguage ?? "" } }).languages();
  // Browsers and bots send malformed tags ("en_US", "i-klingon"): skip them, never fail.
  const wanted = asked.filter((l) => l !== "*" && isLanguageTag(l));
  if (wanted.length === 0) return DEFAULT_LOCALE;
  return match(wanted, [...LOCALES], DEFAULT_LOCALE) as AppLocale;
}

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
