/**
 * Tests for the message catalogs: English and French must offer the same messages with the
 * same placeholders, none empty, and every message must format in its own language.
 */
import { describe, it, expect } from "vitest";
import { createTranslator } from "use-intl/core";
import { LOCALES, type AppLocale } from "./locales";
import { MESSAGES } from "./messages";

/** Flattens a catalog into "a.b.c" → leaf value. */
function flatten(node: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node !== null && typeof node === "object" && !Array.isArray(node)) {
    for (const [k, v] of Object.entries(node)) {
      for (const [path, leaf] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(path, leaf);
    }
  } else {
    out.set(prefix, node);
  }
  return out;
}

/** The ICU argument names used in a message: "{name}", "{count, plural, …}". */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)].map((m) => m[1] ?? ""))].sort();
}

const en = flatten(MESSAGES.en);
const fr = flatten(MESSAGES.fr);

/** Formats one message with a recognisable value per placeholder; collects formatting errors. */
function format(locale: AppLocale, key: string, message: string): { text: string; errors: string[]; values: Record<string, string> } {
  const errors: string[] = [];
  const t = createTranslator({ locale, messages: MESSAGES[locale], onError: (e) => errors.push(`${e.code}: ${e.message}`) });
  const values = Object.fromEntries(placeholders(message).map((p) => [p, `«${p}-value»`]));
  const text = (t as unknown as (k: string, v: Record<string, string>) => string)(key, values);
  return { text, errors, values };
}

describe("message catalogs", () => {
  it("have exactly the same keys in English and French", () => {
    const onlyEn = [...en.keys()].filter((k) => !fr.has(k));
    const onlyFr = [...fr.keys()].filter((k) => !en.has(k));
    expect({ onlyEn, onlyFr }, `keys missing in fr: ${onlyEn.join(", ")}; keys missing in en: ${onlyFr.join(", ")}`).toEqual({
      onlyEn: [],
      onlyFr: [],
    });
    expect(en.size).toBeGreaterThan(50);
  });

  it("contain only non-empty strings", () => {
    for (const [locale, catalog] of [["en", en], ["fr", fr]] as const) {
      const bad = [...catalog].filter(([, v]) => typeof v !== "string" || v.trim() === "").map(([k]) => k);
      expect(bad, `${locale} has empty or non-string messages: ${bad.join(", ")}`).toEqual([]);
    }
  });

  it("use the same placeholders for each key in both languages", () => {
    const differing = [...en]
      .filter(([k]) => fr.has(k))
      .map(([k, v]) => ({ key: k, en: placeholders(String(v)), fr: placeholders(String(fr.get(k))) }))
      .filter((d) => d.en.join(",") !== d.fr.join(","));
    expect(differing, `placeholders differ: ${differing.map((d) => `${d.key} (en {${d.en}} / fr {${d.fr}})`).join("; ")}`).toEqual([]);
  });

  it("translate the French catalog (it is not a copy of the English one)", () => {
    const same = [...en].filter(([k, v]) => fr.get(k) === v).map(([k]) => k);
    // A few words are the same in both languages ("Support", "Notifications"…), not whole screens.
    expect(same.length, `identical in en and fr: ${same.join(", ")}`).toBeLessThan(en.size / 10);
  });

  it.each(LOCALES)("format every %s message, substituting every placeholder", (locale) => {
    const catalog = locale === "en" ? en : fr;
    const problems: string[] = [];
    for (const [key, message] of catalog) {
      if (typeof message !== "string") continue;
      const { text, errors, values } = format(locale, key, message);
      if (errors.length > 0) problems.push(`${key}: ${errors.join(" / ")}`);
      else if (/[{}]/.test(text)) problems.push(`${key}: left a brace in "${text}"`);
      else if (text === key) problems.push(`${key}: fell back to the key`);
      // Plain arguments ({name}) show their value; select/plural arguments choose a branch instead.
      for (const [name, v] of Object.entries(values)) {
        if (new RegExp(`\\{\\s*${name}\\s*\\}`).test(message) && !text.includes(v)) problems.push(`${key}: "${v}" not substituted in "${text}"`);
      }
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });

  // The hint names a URL path; "<issuer>" in it once parsed as an unclosed rich-text tag.
  it.each(LOCALES)("format the %s SSO issuer hint", (locale) => {
    const catalog = locale === "en" ? en : fr;
    const { text, errors } = format(locale, "sso.issuerHint", String(catalog.get("sso.issuerHint")));
    expect(errors).toEqual([]);
    expect(text).toContain(".well-known/openid-configuration");
  });
});
