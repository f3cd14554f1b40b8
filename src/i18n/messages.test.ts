/**
 * Tests for the message catalogs (the UI's and the emails' words, every file of messages/):
 * English and French must offer the same messages with the same placeholders and tags, none
 * empty, French must be translated (identical only for the words on SAME_IN_BOTH), and every
 * message must format in its own language.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it, expect } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "use-intl/core";
import { LOCALES, type AppLocale } from "./locales";
import { MESSAGES } from "./messages";

/**
 * Words (and place names, and patterns of placeholders) that are the same in English and
 * French. Anything else identical in both catalogs is an English text left untranslated.
 */
const SAME_IN_BOTH = new Set([
  "Action",
  "Actions",
  "Condition",
  "Contact",
  "Contacts",
  "Date",
  "Description",
  "Guadeloupe",
  "Installation",
  "Invitation",
  "Martinique",
  "Mayotte",
  "MRR",
  "Notes",
  "Options",
  "Pages",
  "Phase",
  "Phases",
  "Prospect",
  "Service",
  "Support",
  "Switchboard",
  "Total",
  "Type",
  "Version",
  "Version {number}",
  "Phase {number}",
  "action {number}",
  "v{number}",
  "{count} / {max}",
  "{region}, {country}",
]);

const DIR = join(import.meta.dirname, "messages");
const jsonFiles = (dir: string) => readdirSync(join(DIR, dir)).filter((f) => f.endsWith(".json")).sort();

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

/** A message's arguments with their kind and its rich-text tags: "count:plural name:argument <b>". */
function shapeOf(message: string): string {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if (el.type === TYPE.tag) {
        found.add(`<${el.value}>`);
        walk(el.children);
        continue;
      }
      found.add(`${el.value}:${TYPE[el.type]}`);
      if (el.type === TYPE.select || el.type === TYPE.plural) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  try {
    walk(parse(message));
  } catch {
    return "(not a valid ICU message)";
  }
  return [...found].sort().join(" ");
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

  it("come from the same files in both languages, every file merged into the catalog", () => {
    expect(jsonFiles("fr"), "messages/fr/ and messages/en/ hold different files").toEqual(jsonFiles("en"));
    for (const locale of LOCALES) {
      const catalog = flatten(MESSAGES[locale]);
      for (const file of jsonFiles(locale)) {
        const namespace = file.replace(/\.json$/, "").replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
        const own = flatten(JSON.parse(readFileSync(join(DIR, locale, file), "utf8")), namespace);
        const missing = [...own].filter(([k, v]) => catalog.get(k) !== v).map(([k]) => k);
        expect(missing, `${locale}/${file} is not merged into MESSAGES.${locale} (see messages.ts): ${missing.slice(0, 5).join(", ")}`).toEqual([]);
      }
    }
  });

  it("translate every French message (identical to English only for words on SAME_IN_BOTH)", () => {
    // A message of symbols around its arguments ("({condition})", "{left} ≥ {right}") has no word to translate.
    const hasWords = (key: string, message: string) => {
      const { text, values } = format("en", key, message);
      return /\p{L}/u.test(Object.values(values).reduce((rest, v) => rest.replaceAll(v, ""), text));
    };
    const same = [...en].filter(([k, v]) => fr.get(k) === v && !SAME_IN_BOTH.has(String(v)) && hasWords(k, String(v))).map(([k, v]) => `${k} = "${String(v)}"`);
    expect(same, `French messages still in English:\n${same.join("\n")}`).toEqual([]);
  });

  it("keep SAME_IN_BOTH to words that are really used as such", () => {
    const used = new Set([...en].filter(([k, v]) => fr.get(k) === v).map(([, v]) => String(v)));
    expect([...SAME_IN_BOTH].filter((w) => !used.has(w))).toEqual([]);
  });

  it("use the same kind of argument (plain, plural, select, number, date) and the same tags", () => {
    const differing = [...en].filter(([k, v]) => fr.has(k) && shapeOf(String(v)) !== shapeOf(String(fr.get(k)))).map(([k, v]) => `${k}: en [${shapeOf(String(v))}] / fr [${shapeOf(String(fr.get(k)))}]`);
    expect(differing, differing.join("\n")).toEqual([]);
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
