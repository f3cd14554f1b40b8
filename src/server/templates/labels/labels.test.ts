/**
 * Tests for conditions, due rules and captured dates in words, in English and French: what a
 * reseller reads on the cards, the timeline and later views instead of the typed expression.
 */
import { describe, expect, it } from "vitest";
import type { AttributeSchema } from "@/server/crm/attributes";
import { catalogueTypeName, defaultServiceTypes } from "@/server/crm/catalogue-defaults";
import { DEFAULT_TEMPLATES, defaultTemplateDocument } from "../defaults";
import { actionsOf, type DueRule, type TemplateDocument } from "../document";
import { actionTemplate } from "../testing/factories";
import { dateName, describeCapture, describeCondition, describeDue } from ".";
import { labelWords } from "./for-locale";

const words = { en: labelWords("en", "GB"), fr: labelWords("fr", "FR") };

const extra = (locale: "en" | "fr"): AttributeSchema => [
  { key: "extensions", label: locale === "en" ? "Extensions" : "Postes", type: "number", required: true },
  { key: "numbersToPort", label: locale === "en" ? "Numbers to port" : "Numéros à porter", type: "number", required: false },
  { key: "onSiteInstallation", label: locale === "en" ? "On-site installation" : "Installation sur site", type: "boolean", required: false },
  { key: "ipPhones", label: locale === "en" ? "IP phones supplied" : "IP fournies", type: "boolean", required: false },
  { key: "siteAddress", label: locale === "en" ? "Site address" : "Adresse du site", type: "text", required: false },
  { key: "bandwidth", label: locale === "en" ? "Bandwidth" : "Débit", type: "select", options: ["100M", "200M", "500M", "1G"], required: false },
  { key: "goLiveWanted", label: locale === "en" ? "Wanted go-live" : "Mise en service souhaitée", type: "date", required: false },
];

const en = (source: string) => describeCondition(source, extra("en"), words.en);
const fr = (source: string) => describeCondition(source, extra("fr"), words.fr);
/** The same condition in English and in French. */
const both = (source: string, english: string, french: string) => {
  expect(en(source)).toBe(english);
  expect(fr(source)).toBe(french);
};

describe("describeCondition", () => {
  it.each([
    ["numbersToPort > 0", "Numbers to port > 0", "Numéros à porter > 0"],
    ["extensions >= 10", "Extensions ≥ 10", "Postes ≥ 10"],
    ["extensions <= 2.5", "Extensions ≤ 2.5", "Postes ≤ 2,5"],
    ["0 < extensions", "Extensions > 0", "Postes > 0"],
    ["extensions != numbersToPort", "Extensions ≠ numbers to port", "Postes ≠ numéros à porter"],
    ["extensions = -1", "Extensions = -1", "Postes = -1"],
  ])("numbers: %j", both);

  it.each([
    ["onSiteInstallation", "On-site installation", "Installation sur site"],
    ["not onSiteInstallation", "No on-site installation", "Sans installation sur site"],
    ["onSiteInstallation = true", "On-site installation", "Installation sur site"],
    ["onSiteInstallation = false", "No on-site installation", "Sans installation sur site"],
    ["onSiteInstallation != true", "No on-site installation", "Sans installation sur site"],
    ["false != onSiteInstallation", "On-site installation", "Installation sur site"],
    ["not not onSiteInstallation", "On-site installation", "Installation sur site"],
    // An acronym keeps its capitals after "no".
    ["not ipPhones", "No IP phones supplied", "Sans IP fournies"],
    ["true", "Always", "Toujours"],
    ["not true", "Never", "Jamais"],
  ])("booleans true and false: %j", both);

  it.each([
    ['bandwidth in ["500M", "1G"]', "Bandwidth is 500M or 1G", "Débit : 500M ou 1G"],
    ['bandwidth in ["100M", "200M", "500M"]', "Bandwidth is 100M, 200M or 500M", "Débit : 100M, 200M ou 500M"],
    ["bandwidth not in ['100M']", "Bandwidth is not 100M", "Débit : autre que 100M"],
    ['bandwidth = "1G"', "Bandwidth is 1G", "Débit : 1G"],
    ['"1G" != bandwidth', "Bandwidth is not 1G", "Débit : autre que 1G"],
    ['siteAddress in ["Paris", "Lyon"]', "Site address is “Paris” or “Lyon”", "Adresse du site : « Paris » ou « Lyon »"],
    ['siteAddress = "Paris"', "Site address is “Paris”", "Adresse du site : « Paris »"],
  ])("selects and text, with in: %j", both);

  it.each([
    ['goLiveWanted < "2027-01-01"', "Wanted go-live before 1 Jan 2027", "Mise en service souhaitée avant le 1 janv. 2027"],
    ['goLiveWanted >= "2027-03-15"', "Wanted go-live on or after 15 Mar 2027", "Mise en service souhaitée à partir du 15 mars 2027"],
    ['"2027-03-15" > goLiveWanted', "Wanted go-live before 15 Mar 2027", "Mise en service souhaitée avant le 15 mars 2027"],
    ['goLiveWanted = "2027-03-15"', "Wanted go-live on 15 Mar 2027", "Mise en service souhaitée le 15 mars 2027"],
  ])("dates: %j", both);

  it.each([
    ["numbersToPort > 0 and not onSiteInstallation", "Numbers to port > 0 and no on-site installation", "Numéros à porter > 0 et sans installation sur site"],
    ["onSiteInstallation or extensions > 3 or numbersToPort > 0", "On-site installation or extensions > 3 or numbers to port > 0", "Installation sur site ou postes > 3 ou numéros à porter > 0"],
    ["(onSiteInstallation or numbersToPort > 0) and extensions >= 10", "(on-site installation or numbers to port > 0) and extensions ≥ 10", "(installation sur site ou numéros à porter > 0) et postes ≥ 10"],
    ["onSiteInstallation or numbersToPort > 0 and extensions >= 10", "On-site installation or (numbers to port > 0 and extensions ≥ 10)", "Installation sur site ou (numéros à porter > 0 et postes ≥ 10)"],
    ["not (onSiteInstallation or numbersToPort > 0)", "Not (on-site installation or numbers to port > 0)", "Non (installation sur site ou numéros à porter > 0)"],
    // No value satisfies no comparison, so "not > 3" is not "≤ 3": the words keep the not.
    ["not extensions > 3", "Not (extensions > 3)", "Non (postes > 3)"],
    ["not bandwidth in ['1G']", "Not (bandwidth is 1G)", "Non (débit : 1G)"],
  ])("and, or and not, grouped as they bind: %j", both);

  it("says nothing for no condition, or one that does not check (the editor shows what was typed)", () => {
    expect(en("")).toBeNull();
    expect(describeCondition(null, extra("en"), words.en)).toBeNull();
    expect(en("portedNumbers > 0")).toBeNull();
    expect(en("extensions >")).toBeNull();
  });

  it("never shows a key for the conditions of the shipped templates", () => {
    for (const locale of ["en", "fr"] as const) {
      const types = defaultServiceTypes("t", locale, "EUR");
      for (const t of DEFAULT_TEMPLATES) {
        const schema = types.find((s) => s.name === catalogueTypeName(t.serviceType, locale))?.attributeSchema as AttributeSchema;
        for (const { action } of actionsOf(defaultTemplateDocument(t, locale))) {
          if (!action.condition) continue;
          const text = describeCondition(action.condition, schema, words[locale]);
          expect(text, action.condition).not.toBeNull();
          expect(text).not.toMatch(/numbersToPort|onSiteInstallation|bandwidth/);
        }
      }
    }
  });
});

const doc = (label: string, key = "portingDate"): TemplateDocument => ({
  phases: [
    {
      id: "p",
      name: "P",
      goLive: false,
      actions: [
        actionTemplate("capture", { title: "Carrier confirms the porting date", capturesDate: { key, label, expectedAfterDays: 5 } }),
        actionTemplate("later", { due: { kind: "RELATIVE_TO_DATE", dateKey: key, days: -2 } }),
      ],
    },
  ],
});

describe("captured dates and due rules", () => {
  const due = (rule: DueRule, d: TemplateDocument, locale: "en" | "fr") => describeDue(rule, d, words[locale]);
  const relative = (days: number, dateKey = "portingDate"): DueRule => ({ kind: "RELATIVE_TO_DATE", dateKey, days });

  it.each([
    [relative(0), "On the porting date", "Pour la date de portage"],
    [relative(-2), "2 business days before the porting date", "2 jours ouvrés avant la date de portage"],
    [relative(1), "1 business day after the porting date", "1 jour ouvré après la date de portage"],
    [{ kind: "AFTER_AVAILABLE", days: 3 } as DueRule, "3 business days after it becomes available", "3 jours ouvrés après sa mise à disposition"],
  ])("due %j", (rule, english, french) => {
    expect(due(rule, doc("Porting date"), "en")).toBe(english);
    expect(due(rule, doc("Date de portage"), "fr")).toBe(french);
  });

  it("lets French choose the article of a date's name", () => {
    expect(dateName(doc("Jour de bascule"), "portingDate", words.fr)).toBe("le jour de bascule");
    expect(dateName(doc("Bascule"), "portingDate", words.fr)).toBe("« bascule »");
    expect(dateName(doc("Go-live"), "portingDate", words.en)).toBe("the go-live");
  });

  it("names a date without a label by the action that records it, and one nothing records as such", () => {
    expect(due(relative(-2), doc(""), "en")).toBe("2 business days before the date “Carrier confirms the porting date” records");
    expect(due(relative(0), doc(""), "fr")).toBe("Pour la date que saisit « Carrier confirms the porting date »");
    expect(due(relative(0, "gone"), doc("Porting date"), "en")).toBe("On a date no action records");
    expect(due(relative(3, "gone"), doc("Date de portage"), "fr")).toBe("3 jours ouvrés après une date qu’aucune action ne saisit");
  });

  it("says what completing an action records", () => {
    expect(describeCapture({ key: "installationDate", label: "Installation date", expectedAfterDays: 3 }, words.en)).toBe("Records the installation date");
    expect(describeCapture({ key: "installationDate", label: "Date d’installation", expectedAfterDays: 3 }, words.fr)).toBe("Saisit la date d’installation");
    expect(describeCapture({ key: "date", label: "", expectedAfterDays: 3 }, words.en)).toBe("Records a date that has no name yet");
  });

  it("gives every date of the shipped templates a label in both languages", () => {
    for (const locale of ["en", "fr"] as const) {
      for (const t of DEFAULT_TEMPLATES) {
        const d = defaultTemplateDocument(t, locale);
        for (const { action } of actionsOf(d)) {
          if (action.capturesDate) expect(action.capturesDate.label, `${t.key} ${action.id}`).not.toBe("");
          const text = describeDue(action.due, d, words[locale]);
          expect(text).not.toMatch(/portingDate|installationDate|une date qu’aucune|a date no action/);
        }
      }
    }
  });
});
