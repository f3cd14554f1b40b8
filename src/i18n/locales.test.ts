/**
 * Tests for choosing the UI and email language: the person's choice, else the tenant's, else
 * the browser's, else English.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { DEFAULT_LOCALE, LOCALES, isLocale, pickLocale } from "./locales";

describe("pickLocale", () => {
  it("prefers the user's choice over the tenant's and the browser's", () => {
    expect(pickLocale({ user: "fr", tenant: "en", acceptLanguage: "en-US" })).toBe("fr");
    expect(pickLocale({ user: "en", tenant: "fr", acceptLanguage: "fr-FR" })).toBe("en");
  });

  it("prefers the tenant's over the browser's when the user has no choice", () => {
    expect(pickLocale({ user: null, tenant: "fr", acceptLanguage: "en-US,en;q=0.9" })).toBe("fr");
    expect(pickLocale({ tenant: "en", acceptLanguage: "fr" })).toBe("en");
  });

  it("ignores an unsupported or differently-cased user or tenant value", () => {
    expect(pickLocale({ user: "de", tenant: "fr" })).toBe("fr");
    expect(pickLocale({ user: "FR", acceptLanguage: "en" })).toBe("en");
    expect(pickLocale({ user: "", tenant: "xx", acceptLanguage: "fr" })).toBe("fr");
  });

  it.each([
    ["fr-FR,fr;q=0.9,en;q=0.8", "fr"],
    ["fr", "fr"],
    ["fr-CA", "fr"],
    ["en-GB,en;q=0.9", "en"],
    ["de-DE,fr;q=0.5", "fr"],
    ["en;q=0.1,fr;q=0.9", "fr"],
    ["en;q=0,fr", "fr"],
    ["de-DE", "en"],
    ["ja,zh-CN;q=0.8", "en"],
    ["*", "en"],
    ["*,fr;q=0.5", "fr"],
    ["fr;q=0", "en"],
    ["", "en"],
  ])("Accept-Language %j → %s", (header, expected) => {
    expect(pickLocale({ acceptLanguage: header })).toBe(expected);
  });

  it("falls back to English with no header at all", () => {
    expect(pickLocale({})).toBe(DEFAULT_LOCALE);
    expect(pickLocale({ acceptLanguage: null })).toBe("en");
    expect(pickLocale({ acceptLanguage: undefined })).toBe("en");
    expect(DEFAULT_LOCALE).toBe("en");
  });

  it("always returns a supported locale for well-formed headers", () => {
    const tag = fc.constantFrom("en", "fr", "de", "es", "fr-BE", "en-US", "pt-BR", "zh-Hant-TW", "*");
    const entry = fc.tuple(tag, fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), fc.option(fc.string(), { nil: undefined }), (entries, user) => {
        const header = entries.map(([t, q]) => (q === undefined ? t : `${t};q=${(q / 1000).toFixed(3)}`)).join(", ");
        const locale = pickLocale({ user, acceptLanguage: header });
        expect(isLocale(locale)).toBe(true);
        if (isLocale(user)) expect(locale).toBe(user);
      }),
    );
  });

  // Some bots and HTTP clients send malformed tags; the page must still render, in English.
  it("skips only the malformed tags of a header and honours the rest", () => {
    expect(pickLocale({ acceptLanguage: "fr;q=0.5, 123" })).toBe("fr");
  });

  it.each(["en_US", "i-klingon", "123"])("falls back to English for the malformed header %j", (header) => {
    expect(pickLocale({ acceptLanguage: header })).toBe("en");
  });
});

describe("isLocale", () => {
  it("accepts exactly the supported locales", () => {
    expect(LOCALES).toEqual(["en", "fr"]);
    for (const l of LOCALES) expect(isLocale(l)).toBe(true);
    for (const v of ["de", "EN", "fr-FR", "", null, undefined, 1, {}]) expect(isLocale(v)).toBe(false);
  });
});
