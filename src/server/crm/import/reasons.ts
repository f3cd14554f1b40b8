/**
 * Why a cell cannot be imported, in words a person can act on: each reason is a message key
 * of `accounts.import.reasons`, with its values as a query ("phoneTooShort?country=FR"), that
 * the check step and the rejected-rows file show in the reader's language.
 */
import { AsYouType, getCountries, getCountryCallingCode, parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from "libphonenumber-js";
import metadata from "libphonenumber-js/metadata.min.json";
import { z } from "zod";
import { normalizePhone } from "../phone";

export const reason = (key: string, values: Record<string, string> = {}) => {
  const q = new URLSearchParams(values).toString();
  return q ? `${key}?${q}` : key;
};

const EMAIL = z.email();

/** A valid address, lower-cased, or the reason it is not one. */
export function readEmail(raw: string): { ok: true; email: string } | { ok: false; reason: string } {
  const text = raw.trim().toLowerCase();
  if (EMAIL.safeParse(text).success) return { ok: true, email: text };
  const at = text.split("@").length - 1;
  if (at > 1 || /[,;]/.test(text)) return { ok: false, reason: reason("emailSeveral") };
  if (/\s/.test(text)) return { ok: false, reason: reason("emailSpaces") };
  if (at === 0) return { ok: false, reason: reason("emailNoAt") };
  const [local = "", domain = ""] = text.split("@");
  if (!local) return { ok: false, reason: reason("emailNoName") };
  if (!/\.[a-z]{2,}$/.test(domain)) return { ok: false, reason: reason("emailNoDomainEnding") };
  return { ok: false, reason: reason("emailInvalid") };
}

const COUNTRIES = new Set<string>(getCountries());

/** A number in E.164, read in the tenant's country unless it has a +, or why it cannot be. */
export function readPhone(raw: string, tenantCountry: string): { ok: true; e164: string } | { ok: false; reason: string } {
  const n = normalizePhone(raw, tenantCountry);
  if (n.ok) return n;
  const text = raw.trim();
  if (/(ext|poste|x)\.?\s*\d+\s*$/i.test(text) || parsePhoneNumberFromString(text, COUNTRIES.has(tenantCountry) ? { defaultCountry: tenantCountry as CountryCode } : {})?.ext) {
    return { ok: false, reason: reason("phoneExtension") };
  }
  if (/[a-z]{3,}/i.test(text) || (text.match(/\d/g) ?? []).length < 3) return { ok: false, reason: reason("phoneNotANumber") };
  // The country the number is read in: the main one of its calling code after a +, else the tenant's.
  const typed = new AsYouType();
  typed.input(text);
  const callingCode = typed.getCallingCode();
  const country = text.startsWith("+") ? (callingCode ? (metadata.country_calling_codes as Record<string, string[]>)[callingCode]?.[0] : undefined) : tenantCountry;
  const defaultCountry = country && COUNTRIES.has(country) ? (country as CountryCode) : undefined;
  const length = text.startsWith("+") ? validatePhoneNumberLength(text) : defaultCountry ? validatePhoneNumberLength(text, defaultCountry) : undefined;
  const values = { country: country ?? "", code: defaultCountry ? `+${getCountryCallingCode(defaultCountry)}` : "" };
  if (length === "TOO_SHORT") return { ok: false, reason: reason("phoneTooShort", values) };
  if (length === "TOO_LONG") return { ok: false, reason: reason("phoneTooLong", values) };
  return { ok: false, reason: reason(country ? "phoneInvalid" : "phoneUnknownCountry", values) };
}

/** Every way a country is written in our two languages ("France", "Royaume-Uni", "UK") to its code. */
const COUNTRY_NAMES: ReadonlyMap<string, string> = (() => {
  const fold = (s: string) => foldCountry(s);
  const names = new Map<string, string>();
  for (const locale of ["en", "fr"]) {
    const display = new Intl.DisplayNames([locale], { type: "region" });
    for (const code of COUNTRIES) {
      const name = display.of(code);
      if (name && name !== code) names.set(fold(name), code);
    }
  }
  for (const [alias, code] of Object.entries({ uk: "GB", "great britain": "GB", england: "GB", scotland: "GB", wales: "GB", angleterre: "GB", ecosse: "GB", "pays de galles": "GB", "grande bretagne": "GB", usa: "US", "etats unis": "US", "united states of america": "US", holland: "NL", hollande: "NL" })) names.set(alias, code);
  return names;
})();

function foldCountry(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();
}

/** "FR", "fr", "France", "Royaume-Uni" → the ISO code; null when it names no country. */
export function readCountry(raw: string): string | null {
  const text = raw.trim();
  if (/^[A-Za-z]{2}$/.test(text) && COUNTRIES.has(text.toUpperCase())) return text.toUpperCase();
  if (text.toUpperCase() === "UK") return "GB";
  return COUNTRY_NAMES.get(foldCountry(text)) ?? null;
}

