import { parsePhoneNumberFromString } from "libphonenumber-js";

/** "+33612345678" → "+33 6 12 34 56 78"; anything unreadable is shown as stored. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
