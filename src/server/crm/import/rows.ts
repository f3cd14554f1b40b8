/**
 * One imported row to the account and contact it describes, or every problem of the row at
 * once (so one round of fixes is enough), each with the field it is about and a reason a
 * person can act on (see reasons.ts). Pure: the same code checks and imports.
 */
import type { ContactRole } from "@/generated/prisma/enums";
import type { AppLocale } from "@/i18n/locales";
import { addressInput, type Address } from "@/server/routers/crm/accounts.schema";
import type { ImportField, ImportRow } from "@/server/routers/crm/import.schema";
import { splitFullName } from "./names";
import { readCountry, readEmail, readPhone, reason } from "./reasons";

export type ImportError = { line: number; field: ImportField; message: string };

export type ImportAccount = { name: string; registrationNumber: string | null; vatNumber: string | null; billingAddress: Address; notes: string };
export type ImportContact = {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  jobTitle: string | null;
  roles: ContactRole[];
  locale: AppLocale;
};
export type ImportRecord = { line: number; account: ImportAccount; contact: ImportContact | null };
export type ParsedRow = { ok: true; value: ImportRecord } | { ok: false; errors: ImportError[] };
export type TenantPlace = { country: string; locale: AppLocale };

const ROLE_WORDS: Record<string, ContactRole> = {
  decision_maker: "DECISION_MAKER", decisionmaker: "DECISION_MAKER", decision: "DECISION_MAKER", decideur: "DECISION_MAKER", dirigeant: "DECISION_MAKER",
  technical: "TECHNICAL", technique: "TECHNICAL", technicien: "TECHNICAL", tech: "TECHNICAL", it: "TECHNICAL", informatique: "TECHNICAL",
  billing: "BILLING", facturation: "BILLING", comptabilite: "BILLING", accounts: "BILLING", finance: "BILLING",
};
const LOCALE_WORDS: Record<string, AppLocale> = { en: "en", english: "en", anglais: "en", fr: "fr", french: "fr", francais: "fr" };
const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();

const LIMITS = { name: 120, registrationNumber: 40, vatNumber: 40, addressLine1: 120, addressLine2: 120, postalCode: 16, city: 80, contactFirstName: 60, contactLastName: 60, contactJobTitle: 80 } as const;

const text = (s: string) => s.replace(/\s+/g, " ").trim();

export function parseImportRow(r: ImportRow, place: TenantPlace): ParsedRow {
  const errors: ImportError[] = [];
  const fail = (field: ImportField, message: string) => errors.push({ line: r.line, field, message });
  const tooLong = (field: keyof typeof LIMITS, value: string) => {
    if (value.length > LIMITS[field]) fail(field, reason("tooLong", { max: String(LIMITS[field]) }));
    return value;
  };

  const name = tooLong("name", text(r.name));
  if (!name) fail("name", reason("nameMissing"));
  else if (name.length < 2) fail("name", reason("nameTooShort"));

  const countryCell = text(r.country);
  const country = countryCell ? readCountry(countryCell) : place.country;
  if (!country) fail("country", reason("countryUnknown", { value: countryCell }));
  const street = [text(r.addressNumber), text(r.addressLine1)].filter(Boolean).join(" ");
  const address = addressInput.safeParse({
    line1: tooLong("addressLine1", street),
    line2: tooLong("addressLine2", text(r.addressLine2)),
    postalCode: tooLong("postalCode", text(r.postalCode).toUpperCase()),
    city: tooLong("city", text(r.city)),
    country: country ?? place.country,
  });
  const account: ImportAccount = {
    name,
    registrationNumber: tooLong("registrationNumber", text(r.registrationNumber)) || null,
    vatNumber: tooLong("vatNumber", text(r.vatNumber)) || null,
    billingAddress: address.success ? address.data : null,
    notes: r.notes.replace(/\r\n?/g, "\n").trim(),
  };

  const contact = parseContact(r, place, fail, tooLong);
  return errors.length ? { ok: false, errors } : { ok: true, value: { line: r.line, account, contact } };
}

function parseContact(
  r: ImportRow,
  place: TenantPlace,
  fail: (field: ImportField, message: string) => void,
  tooLong: (field: keyof typeof LIMITS, value: string) => string,
): ImportContact | null {
  const cells = [r.contactName, r.contactFirstName, r.contactLastName, r.contactJobTitle, r.contactEmail, r.contactPhone, r.contactMobile, r.contactRoles];
  if (!cells.some((c) => c.trim())) return null;

  // Separate first/last columns win; a full-name column fills in when they are empty.
  const typed = { firstName: text(r.contactFirstName), lastName: text(r.contactLastName) };
  const names = typed.firstName || typed.lastName ? typed : splitFullName(r.contactName);
  const nameField: ImportField = typed.firstName || typed.lastName || !r.contactName.trim() ? "contactLastName" : "contactName";
  tooLong("contactFirstName", names.firstName);
  tooLong("contactLastName", names.lastName);

  let email: string | null = null;
  if (r.contactEmail.trim()) {
    const e = readEmail(r.contactEmail);
    if (e.ok) email = e.email;
    else fail("contactEmail", e.reason);
  }
  if (!names.firstName && !names.lastName && !email && !r.contactEmail.trim()) fail(nameField, reason("contactNoNameOrEmail"));

  const phones = { phone: null as string | null, mobile: null as string | null };
  for (const [key, field, raw] of [["phone", "contactPhone", r.contactPhone], ["mobile", "contactMobile", r.contactMobile]] as const) {
    if (!raw.trim()) continue;
    const p = readPhone(raw, place.country);
    if (p.ok) phones[key] = p.e164;
    else fail(field, p.reason);
  }

  const roles: ContactRole[] = [];
  for (const word of r.contactRoles.split(/[;,|/]/).map((x) => x.trim()).filter(Boolean)) {
    const role = ROLE_WORDS[fold(word).replace(/[\s-]+/g, "_")] ?? ROLE_WORDS[fold(word).replace(/[\s_-]+/g, "")];
    if (role) roles.push(role);
    else fail("contactRoles", reason("roleUnknown", { value: word }));
  }
  const localeCell = fold(r.contactLocale);
  const locale = localeCell ? LOCALE_WORDS[localeCell] : place.locale;
  if (!locale) fail("contactLocale", reason("localeUnknown", { value: r.contactLocale.trim() }));

  const jobTitle = tooLong("contactJobTitle", text(r.contactJobTitle)) || null;
  return { ...names, email, ...phones, jobTitle, roles: [...new Set(roles)], locale: locale ?? place.locale };
}
