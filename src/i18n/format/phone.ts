/**
 * Phone numbers as text: stored numbers shown internationally, and the example a phone field
 * offers, taken from the tenant's country (libphonenumber's own example numbers, which are
 * reserved for fiction: nobody answers them). Its own module so pages without phone numbers
 * do not download libphonenumber; the examples add 1.4 kB gzip to the pages that have them.
 */
import { getExampleNumber, isSupportedCountry, parsePhoneNumberFromString } from "libphonenumber-js";
import examples from "libphonenumber-js/examples.mobile.json";

/** "+33612345678" → "+33 6 12 34 56 78"; anything unreadable is shown as stored. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/**
 * A number as a person of the tenant's country writes it: "07400 123456" (GB), "06 12 34 56 78"
 * (FR), "(201) 555-0123" (US). Null for a country libphonenumber does not know. Mobile examples,
 * the only ones the library ships: a mobile number is a valid phone number everywhere.
 */
export function phoneExample(country: string): string | null {
  const code = country.toUpperCase();
  return isSupportedCountry(code) ? (getExampleNumber(code, examples)?.formatNational() ?? null) : null;
}
