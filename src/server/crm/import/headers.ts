/**
 * Which column of the person's file feeds which import field, guessed from the header names so
 * that real exports import without remapping: Excel files as people type them ("Raison
 * sociale", "CP", "Portable", "Courriel"), HubSpot contact and company exports ("First Name",
 * "Mobile Phone Number", "Company name", "Postal Code"; French: "Prénom", "Nom de
 * l'entreprise", "Numéro de téléphone portable"), Pipedrive people and organisation exports
 * ("Person - Name", "Person - Phone - Mobile", "Organization - Address - ZIP/Postal code of
 * Address"; French: "Personne - Nom", "Organisation - Nom"). Headers are compared without
 * case, accents or punctuation. Runs in the browser (the mapping step) and in tests.
 *
 * How a column is chosen: every (field, column) pair scores — an exact synonym beats a phrase
 * found inside a longer header, an earlier synonym beats a later one, a longer phrase beats a
 * shorter one — and the best pairs are taken first, each field and each column once.
 *
 * "Name" and "Nom" alone are ambiguous: a companies export calls the company "Name", a
 * people export calls the person "Name", and a French list has "Nom" beside "Prénom" for the
 * family name. The rule: with "Prénom"/"First name" beside it, "Nom" is the last name; else,
 * when another column names the company, "Name"/"Nom" is the contact's full name; else it is
 * the company.
 */
import { IMPORT_FIELDS, type ImportCells, type ImportField } from "@/server/routers/crm/import.schema";

export type Mapping = Record<ImportField, number | null>;

/** Exact header names, best first. Each normalized name belongs to one field (a test checks). */
const EXACT: Record<ImportField, string[]> = {
  name: [
    "company", "company name", "companyname", "account", "account name", "customer", "customer name", "client name", "organization", "organisation",
    "organization name", "organisation name", "business", "business name", "legal name", "trading name", "associated company", "person organization",
    "societe", "nom de la societe", "nom societe", "raison sociale", "entreprise", "nom de l entreprise", "nom entreprise", "nom du compte",
    "nom du client", "client", "etablissement", "denomination", "denomination sociale", "organisation nom", "personne organisation",
  ],
  registrationNumber: [
    "siret", "n siret", "no siret", "num siret", "numero siret", "numero de siret", "siren", "n siren", "numero siren", "company number",
    "company registration number", "registration number", "registration no", "crn", "companies house number", "immatriculation",
    "numero d immatriculation", "rcs",
  ],
  vatNumber: [
    "vat", "vat number", "vat no", "vat id", "vat registration number", "tva", "n tva", "no tva", "num tva", "numero tva", "numero de tva",
    "tva intracommunautaire", "n tva intracommunautaire", "numero de tva intracommunautaire", "tva intracom", "n tva intracom", "identifiant tva",
  ],
  notes: [
    "notes", "note", "comments", "comment", "remarks", "description", "commentaires", "commentaire", "remarques", "remarque", "observations",
    "observation", "infos", "informations", "informations complementaires", "person notes", "organization notes", "organisation notes",
  ],
  addressNumber: [
    "house number", "street number", "building number", "organization address house number of address", "organization address house number",
    "numero de voie", "n de voie", "no de voie", "numero de rue", "organisation adresse numero de rue", "organisation adresse numero de maison",
  ],
  addressLine1: [
    "street address", "address", "address line 1", "address 1", "address1", "street", "billing street", "mailing street",
    "organization address street road name of address", "organization address street road name", "adresse", "adresse 1", "adresse ligne 1",
    "adresse postale", "rue", "voie", "libelle voie", "organisation adresse nom de la rue", "organisation adresse rue", "organization address",
    "organisation adresse",
  ],
  addressLine2: [
    "street address 2", "address line 2", "address 2", "address2", "complement d adresse", "complement adresse", "adresse 2", "adresse ligne 2",
    "adresse postale 2", "complement", "organization address apartment suite no of address", "organization address apartment suite no",
  ],
  postalCode: [
    "postal code", "postcode", "post code", "zip", "zip code", "zipcode", "billing zip", "mailing zip", "code postal", "cp", "c p", "codepostal",
    "organization address zip postal code of address", "organization address zip postal code", "organisation adresse code postal",
  ],
  city: [
    "city", "town", "billing city", "mailing city", "ville", "commune", "localite", "organization address city town village locality of address",
    "organization address city town village locality", "organisation adresse ville", "organisation adresse ville village localite",
  ],
  country: [
    "country", "country region", "country code", "billing country", "mailing country", "pays", "pays region", "code pays",
    "organization address country of address", "organization address country", "organisation adresse pays",
  ],
  contactName: [
    "contact", "contact name", "full name", "fullname", "person name", "person", "interlocuteur", "nom complet", "nom et prenom", "prenom et nom",
    "nom prenom", "prenom nom", "personne nom", "personne", "nom du contact", "nom complet du contact", "contact principal", "primary contact",
  ],
  contactFirstName: ["first name", "firstname", "given name", "forename", "contact first name", "person first name", "prenom", "prenom du contact", "personne prenom"],
  contactLastName: [
    "last name", "lastname", "surname", "family name", "contact last name", "person last name", "nom de famille", "nom de famille du contact",
    "personne nom de famille",
  ],
  contactJobTitle: ["job title", "jobtitle", "title", "position", "role in company", "person job title", "fonction", "poste", "intitule du poste", "titre", "personne fonction"],
  contactEmail: [
    "email", "email address", "mail", "contact email", "work email", "person email", "person email work", "courriel", "adresse email",
    "adresse mail", "adresse electronique", "email du contact", "personne email", "personne email travail", "primary email",
  ],
  contactPhone: [
    "phone", "phone number", "telephone", "telephone number", "tel", "landline", "office phone", "work phone", "business phone", "direct line",
    "person phone", "person phone work", "telephone fixe", "tel fixe", "fixe", "ligne directe", "numero de telephone", "telephone bureau",
    "tel bureau", "personne telephone", "personne telephone travail", "standard",
  ],
  contactMobile: [
    "mobile", "mobile phone", "mobile phone number", "mobile number", "cell", "cell phone", "cellphone", "person phone mobile", "portable",
    "telephone portable", "tel portable", "tel mobile", "telephone mobile", "numero de portable", "numero de telephone portable",
    "numero de telephone mobile", "numero de mobile", "mobile du contact", "gsm", "personne telephone portable", "personne telephone mobile",
  ],
  contactRoles: ["roles", "role", "contact roles", "contact role", "role du contact", "roles du contact"],
  contactLocale: ["language", "locale", "lang", "preferred language", "contact language", "langue", "langue du contact", "langue preferee"],
};

/**
 * Phrases recognised inside longer headers ("Billing city", "Contact e-mail", "Téléphone
 * (fixe)"), specific enough not to mislead; a header carrying a word of NOT_A_FIELD is never
 * matched this way ("Company domain name", "Notes last updated", "Contact owner").
 */
const INSIDE: Partial<Record<ImportField, string[]>> = {
  name: ["company name", "raison sociale", "organization name", "organisation nom", "societe", "entreprise"],
  registrationNumber: ["siret", "siren", "company number", "registration number"],
  vatNumber: ["vat", "tva"],
  notes: ["notes", "comments", "commentaires", "commentaire", "remarques", "observations"],
  addressLine1: ["street address", "street", "adresse", "address"],
  postalCode: ["postal code", "postcode", "zip", "code postal"],
  city: ["city", "ville", "town", "locality"],
  country: ["country", "pays"],
  contactFirstName: ["first name", "prenom"],
  contactLastName: ["last name", "surname", "nom de famille"],
  contactJobTitle: ["job title", "fonction"],
  contactEmail: ["email", "courriel"],
  contactPhone: ["phone", "telephone"],
  contactMobile: ["mobile", "portable", "cell"],
};

const NOT_A_FIELD = new Set([
  "id", "date", "time", "owner", "proprietaire", "responsable", "domain", "domaine", "url", "website", "site", "updated", "modified", "created",
  "creation", "modification", "count", "nombre", "score", "status", "statut", "source", "stage", "phase", "type", "fax", "linkedin", "twitter",
  "facebook", "rate", "taux", "label", "libelle", "visible", "associated deals", "deals", "affaires", "activity", "activite", "opt",
]);

/** "Téléphone (fixe)" → "telephone fixe"; "E-mail" → "email"; "Organization - Name*" → "organization name". */
export function normalizeHeader(h: string): string {
  return h
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\be mail\b/g, "email")
    .trim();
}

const norm = (list: readonly string[]) => list.map(normalizeHeader);
const EXACT_N = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, norm(EXACT[f])])) as Record<ImportField, string[]>;
const INSIDE_N = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, norm(INSIDE[f] ?? [])])) as Record<ImportField, string[]>;

/** Every exact synonym with its field, for the test that no name belongs to two fields. */
export const EXACT_SYNONYMS: ReadonlyArray<readonly [ImportField, string]> = IMPORT_FIELDS.flatMap((f) => EXACT_N[f].map((s) => [f, s] as const));

const AMBIGUOUS = new Set(["name", "nom"]);

function score(field: ImportField, header: string): number {
  const exact = EXACT_N[field].indexOf(header);
  if (exact >= 0) return 10_000 - exact;
  const words = ` ${header} `;
  if ([...NOT_A_FIELD].some((w) => words.includes(` ${w} `))) return 0;
  const inside = INSIDE_N[field].filter((s) => words.includes(` ${s} `));
  return inside.length ? 1_000 + Math.max(...inside.map((s) => s.length)) : 0;
}

export const emptyMapping = (): Mapping => Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as Mapping;

export function guessMapping(headers: readonly string[]): Mapping {
  const mapping = emptyMapping();
  const names = headers.map(normalizeHeader);
  const pairs = IMPORT_FIELDS.flatMap((field) => names.map((n, col) => ({ field, col, score: n ? score(field, n) : 0 }))).filter((p) => p.score > 0);
  pairs.sort((a, b) => b.score - a.score || a.col - b.col);
  const used = new Set<number>();
  for (const p of pairs) {
    if (mapping[p.field] !== null || used.has(p.col)) continue;
    mapping[p.field] = p.col;
    used.add(p.col);
  }
  // "Name" / "Nom" alone: see the module comment.
  const ambiguous = names.findIndex((n, i) => AMBIGUOUS.has(n) && !used.has(i));
  if (ambiguous >= 0) {
    const target: ImportField =
      names[ambiguous] === "nom" && mapping.contactFirstName !== null && mapping.contactLastName === null ? "contactLastName" : mapping.name !== null ? "contactName" : "name";
    if (mapping[target] === null) mapping[target] = ambiguous;
  }
  // A companies export's phone is the switchboard, not a person's: with no column naming a
  // person, phone columns stay unmapped rather than making contacts with no name.
  if ([mapping.contactName, mapping.contactFirstName, mapping.contactLastName, mapping.contactEmail].every((c) => c === null)) {
    mapping.contactPhone = null;
    mapping.contactMobile = null;
  }
  return mapping;
}

export type CsvRowLike = { row: number; cells: string[] };

/** The rows the import procedure takes: every field, mapped or blank, with the file's row number. */
export function mapRows(rows: readonly CsvRowLike[], mapping: Mapping): Array<ImportCells & { line: number }> {
  return rows.map((r) => ({
    line: r.row,
    ...(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, mapping[f] === null ? "" : (r.cells[mapping[f]] ?? "")])) as ImportCells),
  }));
}
