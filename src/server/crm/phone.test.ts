/**
 * Tests for contact phone numbers: national and international input to E.164, refusals, and
 * the optional form field built on it.
 */
import { describe, it, expect } from "vitest";
import { z } from "zod";
import { normalizePhone, phoneInput } from "./phone";

describe("normalizePhone", () => {
  it.each([
    ["06 12 34 56 78", "FR", "+33612345678"],
    ["06.12.34.56.78", "FR", "+33612345678"],
    ["0612345678", "fr", "+33612345678"],
    ["020 7946 0958", "GB", "+442079460958"],
    ["(020) 7946-0958", "GB", "+442079460958"],
    ["+33 1 23 45 67 89", "GB", "+33123456789"],
    ["+33 (0)1 23 45 67 89", "FR", "+33123456789"],
    ["0033 6 12 34 56 78", "FR", "+33612345678"],
    ["  +1 202 555 0123 ", "FR", "+12025550123"],
    ["+44 7911 123456", "ZZ", "+447911123456"],
  ])("%j in %s → %s", (raw, country, e164) => {
    expect(normalizePhone(raw, country)).toEqual({ ok: true, e164 });
  });

  it.each([
    ["12", "FR", "too short"],
    ["", "FR", "empty"],
    ["   ", "FR", "blank"],
    ["+33 6 12 34 56 7", "FR", "one digit short"],
    ["+336123456789", "FR", "one digit too many"],
    ["+33 0 12 34 56 78", "FR", "trunk prefix after the country code"],
    ["+1 200 555 0123", "FR", "no such US area code"],
    ["06 12 34 56 78", "ZZ", "national number without a known country"],
    ["call 06 12 34 56 78 after 5pm", "FR", "text around the number"],
    ["+44 20 7946 0958 ext 123", "GB", "extension"],
    ["not a phone", "FR", "words"],
  ])("refuses %j in %s (%s)", (raw, country) => {
    expect(normalizePhone(raw, country)).toEqual({ ok: false, error: "phoneInvalid" });
  });
});

describe("phoneInput", () => {
  const form = z.object({ phone: phoneInput("FR"), mobile: phoneInput("FR") });

  it("turns blank or absent into null and the rest into E.164", () => {
    expect(form.parse({ phone: "01 23 45 67 89" })).toEqual({ phone: "+33123456789", mobile: null });
    expect(form.parse({ phone: "   ", mobile: null })).toEqual({ phone: null, mobile: null });
  });

  it("refuses an invalid number on its field", () => {
    const r = form.safeParse({ phone: "12", mobile: "06 12 34 56 78" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["phone", "phoneInvalid"]]);
  });

  it("refuses a non-string", () => {
    expect(phoneInput("FR").safeParse(612345678).error?.issues[0]?.message).toBe("phoneInvalid");
  });
});
