/**
 * Contact phone numbers (DESIGN §2): whatever a person types or a CSV holds, read in the
 * tenant's country unless it has a "+" prefix, and stored as E.164 so numbers compare, dial
 * and deduplicate the same way everywhere.
 */
import { isSupportedCountry, parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";

export type NormalizedPhone = { ok: true; e164: string } | { ok: false; error: "phoneInvalid" };

const INVALID = { ok: false, error: "phoneInvalid" } as const;

export function normalizePhone(raw: string, defaultCountry: string): NormalizedPhone {
  const country = defaultCountry.toUpperCase();
  // extract: false so "call 06 12 34 56 78 after 5pm" is refused rather than half-read.
  const parsed = parsePhoneNumberFromString(raw.trim(), {
    defaultCountry: isSupportedCountry(country) ? country : undefined,
    extract: false,
  });
  // E.164 has no room for an extension: refusing it beats silently dropping "ext 123".
  if (!parsed || !parsed.isValid() || parsed.ext) return INVALID;
  return { ok: true, e164: parsed.number };
}

/** A form's optional phone field: blank or absent becomes null, anything else must be a valid number. */
export function phoneInput(defaultCountry: string) {
  return z
    .string({ error: "phoneInvalid" })
    .trim()
    .nullish()
    .transform((raw, ctx) => {
      if (!raw) return null;
      const n = normalizePhone(raw, defaultCountry);
      if (n.ok) return n.e164;
      ctx.addIssue({ code: "custom", message: n.error });
      return z.NEVER;
    });
}
