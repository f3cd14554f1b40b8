/**
 * Duplicates are never silent. Given the valid rows of a file and the existing accounts that
 * could match them, this says which rows repeat a record — an earlier row of the file, or an
 * account or contact already there — and what importing them writes, the person having chosen
 * per row to merge (fill the record's empty fields, add the contact if new) or skip. Pure.
 *
 * Same account: the same SIRET/registration number, else the same VAT number (both compared
 * without spaces, dots or case; two different numbers are two companies, whatever their
 * names), else the same name (case and spaces aside) with the same postcode — a postcode
 * missing on one side does not tell two sites apart, two different postcodes do.
 * Same contact, within one account: the same email; without an email on both sides, the same
 * first and last name. Rows naming the same company share one account: a row adding a new
 * person to it is not a duplicate; a row adding nothing new repeats an earlier one.
 *
 * Merging only fills what is empty and appends notes not already there, so importing the same
 * file twice changes nothing the second time.
 */
import type { ContactRole } from "@/generated/prisma/enums";
import type { AppLocale } from "@/i18n/locales";
import type { Address } from "@/server/routers/crm/accounts.schema";
import type { ImportAccount, ImportContact, ImportRecord } from "./rows";

export type ExistingContact = ImportContact & { id: string };
export type ExistingAccount = Omit<ImportAccount, "billingAddress"> & { id: string; billingAddress: Address; contacts: ExistingContact[] };

export type DuplicateReason = "registrationNumber" | "vatNumber" | "nameAndPostcode" | "name" | "email" | "contactName";
export type Duplicate = {
  line: number;
  reason: DuplicateReason;
  /** What the row repeats: an existing account (and maybe one of its contacts), or an earlier row. */
  of: { account: { id: string; name: string }; contact: string | null } | { line: number };
  /** What merging it does: fill the account, add a contact, or fill an existing contact. */
  merge: "fillAccount" | "addContact" | "fillContact";
};

type Keys = { reg: string | null; vat: string | null; name: string; postcode: string | null };
const ident = (s: string | null) => (s ? s.replace(/[^\p{L}\p{N}]/gu, "").toUpperCase() || null : null);
const keysOf = (a: { name: string; registrationNumber: string | null; vatNumber: string | null; billingAddress: Address }): Keys => ({
  reg: ident(a.registrationNumber),
  vat: ident(a.vatNumber),
  name: a.name.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase(),
  postcode: a.billingAddress?.postalCode ? a.billingAddress.postalCode.replace(/\s+/g, "").toUpperCase() : null,
});

/** Why two accounts are the same company, or null. */
export function sameAccount(a: Keys, b: Keys): DuplicateReason | null {
  if (a.reg && b.reg) return a.reg === b.reg ? "registrationNumber" : null;
  if (a.vat && b.vat) return a.vat === b.vat ? "vatNumber" : null;
  if (a.name !== b.name) return null;
  if (a.postcode && b.postcode) return a.postcode === b.postcode ? "nameAndPostcode" : null;
  return "name";
}
export { keysOf as accountKeys };

type Person = Pick<ImportContact, "firstName" | "lastName" | "email">;
const personName = (p: Person) => `${p.firstName} ${p.lastName}`.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
export function sameContact(a: Person, b: Person): "email" | "contactName" | null {
  if (a.email && b.email) return a.email === b.email ? "email" : null;
  return personName(a) && personName(a) === personName(b) ? "contactName" : null;
}

/** A contact's values being written: an existing one (with what it was) or a new one. */
type ContactDraft = { id: string | null; before: ImportContact | null; values: ImportContact; line: number };
type AccountDraft = { id: string | null; name: string; before: ImportAccount | null; values: ImportAccount; people: People; firstLine: number };

/**
 * Accounts found by name, registration or VAT number without comparing each to each (5,000
 * rows). `keysOf` gives an account's keys as they are now: a merge can fill a postcode in.
 */
class AccountIndex<T> {
  private readonly maps = [new Map<string, T[]>(), new Map<string, T[]>(), new Map<string, T[]>()];
  private readonly order = new Map<T, number>();
  constructor(private readonly keysOf: (item: T) => Keys) {}
  add(item: T) {
    if (!this.order.has(item)) this.order.set(item, this.order.size);
    const k = this.keysOf(item);
    [k.name, k.reg, k.vat].forEach((key, i) => {
      const list = key ? (this.maps[i]!.get(key) ?? []) : null;
      if (key && list && !list.includes(item)) this.maps[i]!.set(key, [...list, item]);
    });
  }
  /** The first added account that is the same company as `keys` (and passes `keep`), and why. */
  find(keys: Keys, keep: (item: T) => boolean = () => true): { item: T; why: DuplicateReason } | null {
    const candidates = [...new Set([keys.name, keys.reg, keys.vat].flatMap((k, i) => (k ? (this.maps[i]!.get(k) ?? []) : [])))];
    candidates.sort((a, b) => this.order.get(a)! - this.order.get(b)!);
    for (const item of candidates) {
      const why = keep(item) ? sameAccount(this.keysOf(item), keys) : null;
      if (why) return { item, why };
    }
    return null;
  }
}

/** An account's people, found by email or by name. */
class People {
  readonly all: ContactDraft[] = [];
  private readonly byEmail = new Map<string, ContactDraft>();
  private readonly byName = new Map<string, ContactDraft[]>();
  add(c: ContactDraft) {
    this.all.push(c);
    this.index(c);
  }
  index(c: ContactDraft) {
    if (c.values.email && !this.byEmail.has(c.values.email)) this.byEmail.set(c.values.email, c);
    const n = personName(c.values);
    if (n && !(this.byName.get(n) ?? []).includes(c)) this.byName.set(n, [...(this.byName.get(n) ?? []), c]);
  }
  find(p: Person): ContactDraft | undefined {
    const byEmail = p.email ? this.byEmail.get(p.email) : undefined;
    return byEmail ?? (this.byName.get(personName(p)) ?? []).find((c) => sameContact(c.values, p));
  }
}

export type ImportPlan = {
  duplicates: Duplicate[];
  /** Accounts to create, with their contacts. */
  create: Array<{ account: ImportAccount; contacts: ImportContact[] }>;
  /** Existing accounts that change (their count is `accountsMerged`), with what they were; contacts to add to them or to fill. */
  update: Array<{ id: string; before: ImportAccount; after: ImportAccount; newContacts: ImportContact[]; filledContacts: Array<{ id: string; before: ImportContact; after: ImportContact }> }>;
  accountsMerged: number;
  skipped: number;
};

/** Fills the empty fields of `into` from `from`; notes are appended unless already there. */
function fillAccount(into: ImportAccount, from: ImportAccount): ImportAccount {
  const a = into.billingAddress;
  const b = from.billingAddress;
  const address: Address = a && b ? { ...a, line1: a.line1 ?? b.line1, line2: a.line2 ?? b.line2, postalCode: a.postalCode ?? b.postalCode, city: a.city ?? b.city } : (a ?? b);
  const notes = !from.notes || into.notes.includes(from.notes) ? into.notes : [into.notes, from.notes].filter(Boolean).join("\n\n");
  return { ...into, registrationNumber: into.registrationNumber ?? from.registrationNumber, vatNumber: into.vatNumber ?? from.vatNumber, billingAddress: address, notes };
}

function fillContact(into: ImportContact, from: ImportContact): ImportContact {
  const roles: ContactRole[] = into.roles.length ? into.roles : from.roles;
  const locale: AppLocale = into.locale;
  return { firstName: into.firstName || from.firstName, lastName: into.lastName || from.lastName, email: into.email ?? from.email, phone: into.phone ?? from.phone, mobile: into.mobile ?? from.mobile, jobTitle: into.jobTitle ?? from.jobTitle, roles, locale };
}

/** JSON with sorted keys: values read from the database and built here list their fields in different orders. */
const canonical = (v: unknown): string =>
  v && typeof v === "object" && !Array.isArray(v)
    ? `{${Object.keys(v)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
        .join(",")}}`
    : JSON.stringify(v);
export const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
const displayName = (c: ImportContact) => `${c.firstName} ${c.lastName}`.trim() || c.email;

export function planImport(records: readonly ImportRecord[], existing: readonly ExistingAccount[], skip: ReadonlySet<number>): ImportPlan {
  const duplicates: Duplicate[] = [];
  const drafts: AccountDraft[] = [];
  const inFile = new AccountIndex<AccountDraft>((d) => keysOf(d.values));
  const known = new AccountIndex<ExistingAccount>(keysOf);
  for (const e of existing) known.add(e);
  const byExisting = new Map<string, AccountDraft>();
  let skipped = 0;

  for (const rec of records) {
    const keys = keysOf(rec.account);
    const found = inFile.find(keys);
    let draft = found?.item;
    let reason = found?.why ?? null;
    if (!draft) {
      // An existing account already met in the file is found above, with what the file filled in.
      const match = known.find(keys, (e) => !byExisting.has(e.id));
      if (!match) {
        const people = new People();
        if (rec.contact) people.add({ id: null, before: null, values: rec.contact, line: rec.line });
        const fresh: AccountDraft = { id: null, name: rec.account.name, before: null, values: rec.account, people, firstLine: rec.line };
        drafts.push(fresh);
        inFile.add(fresh);
        continue;
      }
      draft = byExisting.get(match.item.id);
      if (!draft) {
        const { id, contacts, ...values } = match.item;
        const people = new People();
        for (const { id: contactId, ...c } of contacts) people.add({ id: contactId, before: c, values: c, line: 0 });
        draft = { id, name: values.name, before: values, values, people, firstLine: 0 };
        byExisting.set(id, draft);
        drafts.push(draft);
        inFile.add(draft);
      }
      reason = match.why;
    }

    const person = rec.contact ? draft.people.find(rec.contact) : undefined;
    const account = draft.id ? { id: draft.id, name: draft.name } : null;
    let duplicate: Duplicate | null = null;
    if (person) {
      const of = person.line === 0 && account ? { account, contact: displayName(person.values) } : { line: person.line };
      duplicate = { line: rec.line, reason: sameContact(person.values, rec.contact!)!, of, merge: "fillContact" };
    } else if (account) {
      duplicate = { line: rec.line, reason: reason!, of: { account, contact: null }, merge: rec.contact ? "addContact" : "fillAccount" };
    } else if (!rec.contact) {
      duplicate = { line: rec.line, reason: reason!, of: { line: draft.firstLine }, merge: "fillAccount" };
    }
    if (duplicate) duplicates.push(duplicate);
    if (duplicate && skip.has(rec.line)) {
      skipped++;
      continue;
    }
    draft.values = fillAccount(draft.values, rec.account);
    inFile.add(draft);
    if (person) {
      person.values = fillContact(person.values, rec.contact!);
      draft.people.index(person);
    } else if (rec.contact) draft.people.add({ id: null, before: null, values: rec.contact, line: rec.line });
  }

  const create = drafts.filter((d) => !d.id).map((d) => ({ account: d.values, contacts: d.people.all.map((c) => c.values) }));
  const update = drafts.flatMap((d) => {
    if (!d.id || !d.before) return [];
    const newContacts = d.people.all.filter((c) => !c.id).map((c) => c.values);
    const filledContacts = d.people.all.flatMap((c) => (c.id && c.before && !same(c.before, c.values) ? [{ id: c.id, before: c.before, after: c.values }] : []));
    if (same(d.before, d.values) && !newContacts.length && !filledContacts.length) return [];
    return [{ id: d.id, before: d.before, after: d.values, newContacts, filledContacts }];
  });
  return { duplicates, create, update, accountsMerged: update.length, skipped };
}
