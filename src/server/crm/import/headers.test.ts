/** Header matching: each export shape, in English and French, maps with no help from the person. */
import { describe, expect, it } from "vitest";
import en from "@/i18n/messages/en/accounts.json";
import fr from "@/i18n/messages/fr/accounts.json";
import { IMPORT_FIELDS, type ImportField } from "@/server/routers/crm/import.schema";
import { decodeCsv, encodeCsv, parseCsv, rejectedCsv, type CsvFile } from "./csv";
import { EXACT_SYNONYMS, guessMapping, mapRows, normalizeHeader } from "./headers";

/** The fields a mapping feeds, by the header that feeds them. */
const mapped = (headers: string[]) => {
  const m = guessMapping(headers);
  return Object.fromEntries(IMPORT_FIELDS.flatMap((f) => (m[f] === null ? [] : [[headers[m[f]]!, f]]))) as Record<string, ImportField>;
};

describe("guessMapping", () => {
  it("reads a French Excel list, accents, case and punctuation aside", () => {
    expect(mapped(["RAISON SOCIALE", "Siret", "N° TVA", "Adresse", "Complément d'adresse", "CP", "Ville", "Contact", "Fonction", "Téléphone", "Portable", "Courriel", "Commentaires"])).toEqual({
      "RAISON SOCIALE": "name", Siret: "registrationNumber", "N° TVA": "vatNumber", Adresse: "addressLine1", "Complément d'adresse": "addressLine2", CP: "postalCode", Ville: "city",
      Contact: "contactName", Fonction: "contactJobTitle", Téléphone: "contactPhone", Portable: "contactMobile", Courriel: "contactEmail", Commentaires: "notes",
    });
  });

  it("reads an English Excel list", () => {
    expect(mapped(["Company", "Company number", "VAT number", "Address", "Town", "Postcode", "Full name", "E-mail", "Phone", "Mobile", "Notes"])).toEqual({
      Company: "name", "Company number": "registrationNumber", "VAT number": "vatNumber", Address: "addressLine1", Town: "city", Postcode: "postalCode",
      "Full name": "contactName", "E-mail": "contactEmail", Phone: "contactPhone", Mobile: "contactMobile", Notes: "notes",
    });
  });

  it("reads a HubSpot contacts export, in English and in French, leaving ids, owners and dates out", () => {
    expect(mapped(["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number", "Job Title", "Company Name", "Street Address", "City", "Postal Code", "Country/Region", "Contact owner", "Lifecycle Stage", "Create Date", "Associated Company ID"])).toEqual({
      "First Name": "contactFirstName", "Last Name": "contactLastName", Email: "contactEmail", "Phone Number": "contactPhone", "Mobile Phone Number": "contactMobile", "Job Title": "contactJobTitle",
      "Company Name": "name", "Street Address": "addressLine1", City: "city", "Postal Code": "postalCode", "Country/Region": "country",
    });
    expect(mapped(["ID de fiche d'informations", "Prénom", "Nom", "E-mail", "Numéro de téléphone", "Numéro de téléphone mobile", "Intitulé du poste", "Nom de l'entreprise", "Adresse", "Ville", "Code postal", "Pays/région", "Propriétaire du contact", "Date de création"])).toEqual({
      Prénom: "contactFirstName", Nom: "contactLastName", "E-mail": "contactEmail", "Numéro de téléphone": "contactPhone", "Numéro de téléphone mobile": "contactMobile", "Intitulé du poste": "contactJobTitle",
      "Nom de l'entreprise": "name", Adresse: "addressLine1", Ville: "city", "Code postal": "postalCode", "Pays/région": "country",
    });
  });

  it("reads a HubSpot companies export: its phone is the switchboard, not a person, so it stays out", () => {
    expect(mapped(["Record ID", "Company name", "Company Domain Name", "Phone Number", "Street Address", "Street Address 2", "City", "Postal Code", "Country/Region", "Description", "Industry"])).toEqual({
      "Company name": "name", "Street Address": "addressLine1", "Street Address 2": "addressLine2", City: "city", "Postal Code": "postalCode", "Country/Region": "country", Description: "notes",
    });
    expect(mapped(["ID de fiche d'informations", "Nom de l'entreprise", "Nom de domaine de l'entreprise", "Numéro de téléphone", "Adresse", "Ville", "Code postal", "Pays/région", "Description"])).toEqual({
      "Nom de l'entreprise": "name", Adresse: "addressLine1", Ville: "city", "Code postal": "postalCode", "Pays/région": "country", Description: "notes",
    });
  });

  it("reads a Pipedrive people export, in English and in French", () => {
    expect(mapped(["Person - ID", "Person - Name", "Person - Organization", "Person - Email - Work", "Person - Email - Home", "Person - Phone - Work", "Person - Phone - Mobile", "Person - Job title", "Person - Owner", "Person - Label"])).toEqual({
      "Person - Name": "contactName", "Person - Organization": "name", "Person - Email - Work": "contactEmail", "Person - Phone - Work": "contactPhone", "Person - Phone - Mobile": "contactMobile", "Person - Job title": "contactJobTitle",
    });
    expect(mapped(["Personne - ID", "Personne - Nom", "Personne - Organisation", "Personne - E-mail - Travail", "Personne - Téléphone - Travail", "Personne - Téléphone - Portable", "Personne - Propriétaire"])).toEqual({
      "Personne - Nom": "contactName", "Personne - Organisation": "name", "Personne - E-mail - Travail": "contactEmail", "Personne - Téléphone - Travail": "contactPhone", "Personne - Téléphone - Portable": "contactMobile",
    });
  });

  it("reads a Pipedrive organisations export and its address parts, in English and in French", () => {
    expect(mapped(["Organization - ID", "Organization - Name", "Organization - Owner", "Organization - Address", "Organization - Address - House number of Address", "Organization - Address - Street/road name of Address", "Organization - Address - City/town/village/locality of Address", "Organization - Address - ZIP/Postal code of Address", "Organization - Address - Country of Address", "Organization - People", "Organization - Update time"])).toEqual({
      "Organization - Name": "name", "Organization - Address - House number of Address": "addressNumber", "Organization - Address - Street/road name of Address": "addressLine1",
      "Organization - Address - City/town/village/locality of Address": "city", "Organization - Address - ZIP/Postal code of Address": "postalCode", "Organization - Address - Country of Address": "country",
    });
    expect(mapped(["Organisation - ID", "Organisation - Nom", "Organisation - Adresse - Numéro de rue", "Organisation - Adresse - Nom de la rue", "Organisation - Adresse - Code postal", "Organisation - Adresse - Ville", "Organisation - Adresse - Pays"])).toEqual({
      "Organisation - Nom": "name", "Organisation - Adresse - Numéro de rue": "addressNumber", "Organisation - Adresse - Nom de la rue": "addressLine1", "Organisation - Adresse - Code postal": "postalCode", "Organisation - Adresse - Ville": "city", "Organisation - Adresse - Pays": "country",
    });
  });

  it("decides what “Name” and “Nom” alone mean from the other headers", () => {
    expect(mapped(["Nom", "Prénom", "Société"])).toMatchObject({ Nom: "contactLastName", Prénom: "contactFirstName", Société: "name" });
    expect(mapped(["Société", "Nom", "Téléphone"])).toMatchObject({ Nom: "contactName" });
    expect(mapped(["Nom", "Adresse", "CP", "Ville"])).toMatchObject({ Nom: "name" });
    expect(mapped(["Name", "Email", "Organization"])).toMatchObject({ Name: "contactName", Organization: "name" });
    expect(mapped(["Name", "Postcode", "City"])).toMatchObject({ Name: "name" });
  });

  it("matches headers that contain a known phrase, and uses a column once", () => {
    const m = guessMapping(["Société", "Contact e-mail", "Billing city", "Société", "Notes last updated"]);
    expect(m).toMatchObject({ name: 0, contactEmail: 1, city: 2, notes: null });
    expect(Object.values(m).filter((v) => v === 3)).toEqual([]);
  });

  it("gives every exact header name to one field only", () => {
    const owners = new Map<string, ImportField[]>();
    for (const [field, name] of EXACT_SYNONYMS) owners.set(name, [...(owners.get(name) ?? []), field]);
    expect([...owners].filter(([, fields]) => fields.length > 1)).toEqual([]);
  });

  it("normalizes headers", () => {
    expect(normalizeHeader("  Téléphone (fixe) ")).toBe("telephone fixe");
    expect(normalizeHeader("E-mail")).toBe("email");
    expect(normalizeHeader("Organization - Name*")).toBe("organization name");
  });
});

describe("reading and writing CSV", () => {
  it("detects the semicolon and keeps spreadsheet row numbers across blank lines and multi-line cells", () => {
    const f = parseCsv("x.csv", 'Société;Ville;Notes\r\nKerjean;Quimper;"Appeler le matin\r\nPortail 1234"\r\n\r\nMorvan;Brest;\r\n') as CsvFile;
    expect(f.delimiter).toBe(";");
    expect(f.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(mapRows(f.rows, guessMapping(f.headers))[0]).toMatchObject({ line: 2, name: "Kerjean", city: "Quimper", notes: "Appeler le matin\r\nPortail 1234" });
  });

  it("reads UTF-8 with or without BOM, and Windows-1252, and says which", () => {
    const utf8 = new TextEncoder().encode("Société;Ville\nCrêperie;Brest\n");
    expect(decodeCsv(utf8)).toEqual({ text: "Société;Ville\nCrêperie;Brest\n", encoding: "utf-8" });
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: "Société;Ville\nCrêperie;Brest\n", encoding: "utf-8-bom" });
    expect(decodeCsv(encodeCsv("Société;Ville\nCrêperie;Brest\n", "windows-1252"))).toEqual({ text: "Société;Ville\nCrêperie;Brest\n", encoding: "windows-1252" });
  });

  it("refuses files without rows or with too many", () => {
    expect(parseCsv("x.csv", "")).toEqual({ problem: "empty" });
    expect(parseCsv("x.csv", "Name\n")).toEqual({ problem: "noRows" });
    expect(parseCsv("x.csv", `Name\n${"a\n".repeat(5001)}`)).toEqual({ problem: "tooMany", rows: 5001 });
  });

  it("writes rejected rows back in the file's delimiter and encoding, with a reason column", () => {
    const f = parseCsv("x.csv", "Société;Email\nCrêperie;bad\n", "windows-1252") as CsvFile;
    const out = rejectedCsv(f, [{ row: f.rows[0]!, error: "E-mail : pas de @" }], "erreur");
    expect(decodeCsv(out)).toEqual({ text: "Société;Email;erreur\r\nCrêperie;bad;E-mail : pas de @", encoding: "windows-1252" });
    const g = parseCsv("x.csv", "Company,Email\nA,bad\n", "utf-8-bom") as CsvFile;
    expect(decodeCsv(rejectedCsv(g, [{ row: g.rows[0]!, error: "no @" }], "error"))).toEqual({ text: "Company,Email,error\r\nA,bad,no @", encoding: "utf-8-bom" });
  });
});

describe("the sample file", () => {
  it.each([
    ["en", en],
    ["fr", fr],
  ])("maps back to every field from its %s headers", (_, messages) => {
    const headers = IMPORT_FIELDS.map((f) => messages.import.fields[f]);
    expect(guessMapping(headers)).toEqual(Object.fromEntries(IMPORT_FIELDS.map((f, i) => [f, i])));
  });
});
