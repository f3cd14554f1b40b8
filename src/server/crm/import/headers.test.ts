import { describe, expect, it } from "vitest";
import en from "@/i18n/messages/en/accounts.json";
import fr from "@/i18n/messages/fr/accounts.json";
import { IMPORT_FIELDS } from "@/server/routers/crm/import.schema";
import { parseCsv, rejectedCsv, type CsvFile } from "./csv";
import { guessMapping, mapRows, normalizeHeader } from "./mapping";

describe("guessMapping", () => {
  it("reads English headers", () => {
    const m = guessMapping(["Company", "First name", "Last name", "E-mail", "Phone", "Mobile phone", "City", "Postcode"]);
    expect(m).toMatchObject({ name: 0, contactFirstName: 1, contactLastName: 2, contactEmail: 3, contactPhone: 4, contactMobile: 5, city: 6, postalCode: 7, vatNumber: null });
  });

  it("reads French headers, accents and case aside", () => {
    const m = guessMapping(["RAISON SOCIALE", "Siret", "N° TVA", "Adresse", "Code postal", "Ville", "Prénom", "Nom", "Courriel", "Téléphone", "Portable", "Rôles", "Langue"]);
    expect(m).toEqual({
      name: 0,
      registrationNumber: 1,
      vatNumber: 2,
      addressLine1: 3,
      postalCode: 4,
      city: 5,
      country: null,
      contactFirstName: 6,
      contactLastName: 7,
      contactEmail: 8,
      contactPhone: 9,
      contactMobile: 10,
      contactRoles: 11,
      contactLocale: 12,
    });
  });

  it("matches headers that contain a known name, and uses a column once", () => {
    const m = guessMapping(["Société", "Contact e-mail", "Billing city", "Société"]);
    expect(m).toMatchObject({ name: 0, contactEmail: 1, city: 2 });
    expect(Object.values(m).filter((v) => v === 3)).toEqual([]);
  });

  it("normalizes headers", () => {
    expect(normalizeHeader("  Téléphone (fixe) ")).toBe("telephone fixe");
  });
});

describe("parseCsv", () => {
  it("detects the semicolon and keeps spreadsheet row numbers across blank lines", () => {
    const f = parseCsv("x.csv", "\uFEFFSociété;Ville\r\nKerjean;Quimper\r\n\r\nMorvan;Brest\r\n") as CsvFile;
    expect(f.delimiter).toBe(";");
    expect(f.headers).toEqual(["Société", "Ville"]);
    expect(f.rows).toEqual([
      { row: 2, cells: ["Kerjean", "Quimper"] },
      { row: 4, cells: ["Morvan", "Brest"] },
    ]);
    expect(mapRows(f.rows, guessMapping(f.headers))[1]).toMatchObject({ name: "Morvan", city: "Brest", contactEmail: "" });
  });

  it("refuses files without rows or with too many", () => {
    expect(parseCsv("x.csv", "")).toEqual({ problem: "empty" });
    expect(parseCsv("x.csv", "Name\n")).toEqual({ problem: "noRows" });
    expect(parseCsv("x.csv", `Name\n${"a\n".repeat(5001)}`)).toEqual({ problem: "tooMany", rows: 5001 });
  });

  it("writes rejected rows back in the file's delimiter with an error column", () => {
    const f = parseCsv("x.csv", "Nom;Email\nA;bad\n") as CsvFile;
    const out = rejectedCsv(f, [{ row: f.rows[0]!, error: "Email: invalide" }], "erreur");
    expect(out).toBe("\uFEFFNom;Email;erreur\r\nA;bad;Email: invalide");
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
