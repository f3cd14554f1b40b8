/**
 * Which column of the person's file feeds which import field. A first guess comes from the
 * header names, in English and French as people actually write them ("Raison sociale",
 * "E-mail", "Code postal"), compared without case, accents or punctuation; the person then
 * corrects it. A column feeds one field at most.
 */
import { IMPORT_FIELDS, type ImportField, type ImportRow } from "@/server/routers/crm/import.schema";
import type { CsvRow } from "./csv";

export type Mapping = Record<ImportField, number | null>;

const SYNONYMS: Record<ImportField, string[]> = {
  name: ["name", "company", "company name", "account", "account name", "customer", "customer name", "client", "organisation", "organization", "business", "business name", "société", "nom de la société", "raison sociale", "entreprise", "nom de l'entreprise", "compte", "nom du compte", "nom du client"],
  registrationNumber: ["registration number", "registration no", "company number", "company registration number", "crn", "siret", "siren", "n° siret", "numéro siret", "numéro de siret", "immatriculation", "numéro d'immatriculation"],
  vatNumber: ["vat", "vat number", "vat no", "vat id", "vat registration number", "tva", "n° tva", "numéro de tva", "numéro tva", "tva intracommunautaire", "numéro de tva intracommunautaire"],
  addressLine1: ["address", "address line 1", "address 1", "street", "street address", "adresse", "adresse 1", "adresse ligne 1", "rue", "voie"],
  postalCode: ["postal code", "postcode", "post code", "zip", "zip code", "code postal", "cp"],
  city: ["city", "town", "ville", "commune", "localité"],
  country: ["country", "country code", "pays", "code pays"],
  contactFirstName: ["first name", "firstname", "given name", "forename", "contact first name", "prénom", "prénom du contact"],
  contactLastName: ["last name", "lastname", "surname", "family name", "contact last name", "nom", "nom de famille", "nom du contact"],
  contactEmail: ["email", "e-mail", "email address", "e-mail address", "mail", "contact email", "courriel", "adresse e-mail", "adresse email", "adresse mail", "email du contact"],
  contactPhone: ["phone", "phone number", "telephone", "telephone number", "tel", "landline", "office phone", "work phone", "téléphone", "tél", "téléphone fixe", "fixe", "ligne directe"],
  contactMobile: ["mobile", "mobile phone", "mobile number", "cell", "cell phone", "portable", "téléphone portable", "mobile du contact", "gsm"],
  contactRoles: ["roles", "role", "contact roles", "contact role", "rôle", "rôles", "rôle du contact"],
  contactLocale: ["language", "locale", "lang", "preferred language", "langue", "langue du contact"],
};

/** "Téléphone (fixe)" → "telephone fixe". */
export function normalizeHeader(h: string): string {
  return h
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const NORMALIZED = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, SYNONYMS[f].map(normalizeHeader)])) as Record<ImportField, string[]>;

export const emptyMapping = (): Mapping => Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as Mapping;

export function guessMapping(headers: readonly string[]): Mapping {
  const mapping = emptyMapping();
  const used = new Set<number>();
  const names = headers.map(normalizeHeader);
  const assign = (matches: (name: string, synonym: string) => boolean) => {
    for (const field of IMPORT_FIELDS) {
      if (mapping[field] !== null) continue;
      const col = names.findIndex((n, i) => !used.has(i) && n !== "" && NORMALIZED[field].some((s) => matches(n, s)));
      if (col >= 0) {
        mapping[field] = col;
        used.add(col);
      }
    }
  };
  // Exact names first, so "Mobile phone" goes to the mobile before "phone" can claim it; then
  // headers that contain a name as whole words ("Billing city", "Contact e-mail").
  assign((n, s) => n === s);
  assign((n, s) => s.length >= 4 && ` ${n} `.includes(` ${s} `));
  return mapping;
}

/** The rows the import procedure takes: every field, mapped or blank. */
export function mapRows(rows: readonly CsvRow[], mapping: Mapping): ImportRow[] {
  return rows.map((r) => Object.fromEntries(IMPORT_FIELDS.map((f) => [f, mapping[f] === null ? "" : (r.cells[mapping[f]] ?? "")])) as ImportRow);
}
