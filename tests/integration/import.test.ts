/**
 * Real exports imported as they are: each fixture of tests/fixtures/imports (French Excel in
 * Windows-1252 with ";", English Excel in UTF-8 with a BOM, a HubSpot contacts export, a
 * French Pipedrive people export) is read, mapped with the default mapping and imported into
 * a tenant that already has one of its companies. Each creates exactly the expected accounts
 * and contacts, reports its duplicates, writes nothing for its rejected rows, and changes
 * nothing when imported a second time.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeCsv, isProblem, parseCsv } from "@/server/crm/import/csv";
import { guessMapping, mapRows } from "@/server/crm/import/headers";
import { callerFor, makeTenant, ownerDb } from "../support/fixtures";

type Tenant = Awaited<ReturnType<typeof makeTenant>>;

function readFixture(name: string) {
  const { text, encoding } = decodeCsv(readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url)));
  const file = parseCsv(name, text, encoding);
  if (isProblem(file)) throw new Error(`${name}: ${file.problem}`);
  return { file, rows: mapRows(file.rows, guessMapping(file.headers)) };
}

async function tenantIn(label: string, country: "FR" | "GB", existing: { name: string; postalCode?: string; city?: string }) {
  const t = await makeTenant(label);
  await ownerDb().tenant.update({ where: { id: t.tenant.id }, data: { country, locale: country === "FR" ? "fr" : "en", timezone: country === "FR" ? "Europe/Paris" : "Europe/London" } });
  const address = existing.postalCode || existing.city ? { line1: null, line2: null, postalCode: existing.postalCode ?? null, city: existing.city ?? null, country } : undefined;
  const account = await ownerDb().account.create({ data: { tenantId: t.tenant.id, name: existing.name, billingAddress: address } });
  return { t, account };
}

/** Everything the tenant's CRM holds, to compare before and after. */
async function snapshot(t: Tenant) {
  const accounts = await ownerDb().account.findMany({
    where: { tenantId: t.tenant.id },
    orderBy: { name: "asc" },
    select: { name: true, registrationNumber: true, billingAddress: true, notes: true, contacts: { orderBy: { lastName: "asc" }, select: { firstName: true, lastName: true, email: true, phone: true, mobile: true, jobTitle: true, locale: true } } },
  });
  return accounts;
}

type Case = {
  fixture: string;
  country: "FR" | "GB";
  existing: { name: string; postalCode?: string; city?: string };
  delimiter: string;
  encoding: string;
  rejected: Array<{ line: number; field: string; message: string }>;
  duplicates: Array<{ line: number; reason: string; of: unknown; merge: string }>;
  accounts: Array<{ name: string; registrationNumber?: string; billingAddress: unknown; notes: string; contacts: Array<Record<string, unknown>> }>;
};

const addr = (country: string, parts: { line1?: string; postalCode?: string; city?: string }) => ({ line1: null, line2: null, postalCode: null, city: null, country, ...parts });

const CASES: Case[] = [
  {
    fixture: "excel-fr-semicolon-cp1252.csv",
    country: "FR",
    existing: { name: "Boulangeries Kerjean", postalCode: "29000", city: "Quimper" },
    delimiter: ";",
    encoding: "windows-1252",
    rejected: [
      { line: 4, field: "contactEmail", message: "emailNoDomainEnding" },
      { line: 5, field: "contactPhone", message: "phoneTooShort?country=FR&code=%2B33" },
    ],
    duplicates: [
      { line: 2, reason: "nameAndPostcode", of: { account: { id: expect.any(String), name: "Boulangeries Kerjean" }, contact: null }, merge: "addContact" },
      { line: 6, reason: "email", of: { line: 3 }, merge: "fillContact" },
    ],
    accounts: [
      { name: "Boulangeries Kerjean", billingAddress: addr("FR", { postalCode: "29000", city: "Quimper" }), notes: "Livraison avant 7 h", contacts: [{ firstName: "Jean-Pierre", lastName: "Le Gall", email: "jp.legall@kerjean.fr", phone: "+33298551234", mobile: "+33612345678", jobTitle: "Gérant", locale: "fr" }] },
      { name: "Crêperie Ty Breizh", billingAddress: addr("FR", { city: "Brest" }), notes: "", contacts: [{ firstName: "Nolwenn", lastName: "Le Roux", email: "nolwenn@tybreizh.fr", phone: null, mobile: "+33781223344", jobTitle: null, locale: "fr" }] },
      { name: "Garage Tanguy Automobiles", registrationNumber: "123 456 789 00012", billingAddress: addr("FR", { line1: "12 quai de l'Odet", postalCode: "29000", city: "Quimper" }), notes: "Client depuis 2019\nPortail : code 1234", contacts: [{ firstName: "Anaïs", lastName: "Salaün", email: null, phone: "+33298950000", mobile: null, jobTitle: "Comptable", locale: "fr" }] },
    ],
  },
  {
    fixture: "excel-en-comma-utf8-bom.csv",
    country: "GB",
    existing: { name: "Harbour Dental Group", postalCode: "LS1 4AP" },
    delimiter: ",",
    encoding: "utf-8-bom",
    rejected: [
      { line: 3, field: "contactEmail", message: "emailNoDomainEnding" },
      { line: 5, field: "contactPhone", message: "phoneTooShort?country=GB&code=%2B44" },
    ],
    duplicates: [
      { line: 2, reason: "nameAndPostcode", of: { account: { id: expect.any(String), name: "Harbour Dental Group" }, contact: null }, merge: "addContact" },
      { line: 6, reason: "email", of: { line: 4 }, merge: "fillContact" },
    ],
    accounts: [
      { name: "Café Rouge Leeds", billingAddress: addr("GB", { city: "Leeds" }), notes: "Prefers French\nCall after 10", contacts: [{ firstName: "Amélie", lastName: "Dubois", email: "amelie@caferouge.test", phone: null, mobile: "+447911234567", jobTitle: null, locale: "en" }] },
      { name: "Harbour Dental Group", billingAddress: addr("GB", { postalCode: "LS1 4AP" }), notes: "Reception closes at 5pm", contacts: [{ firstName: "Olivia", lastName: "Grant", email: "olivia.grant@harbourdental.co.uk", phone: "+441134960123", mobile: "+447911123456", jobTitle: "Practice manager", locale: "en" }] },
      { name: "Oakfield Primary Trust", billingAddress: null, notes: "", contacts: [{ firstName: "Isla", lastName: "Murray", email: null, phone: null, mobile: "+447400345678", jobTitle: "Head teacher", locale: "en" }] },
    ],
  },
  {
    fixture: "hubspot-contacts-en.csv",
    country: "GB",
    existing: { name: "Riverside Vets" },
    delimiter: ",",
    encoding: "utf-8",
    rejected: [
      { line: 5, field: "contactEmail", message: "emailNoDomainEnding" },
      { line: 6, field: "contactPhone", message: "phoneTooShort?country=GB&code=%2B44" },
    ],
    duplicates: [
      { line: 3, reason: "name", of: { account: { id: expect.any(String), name: "Riverside Vets" }, contact: null }, merge: "addContact" },
      { line: 7, reason: "email", of: { line: 3 }, merge: "fillContact" },
    ],
    accounts: [
      { name: "Harbour Dental Group", billingAddress: addr("GB", { postalCode: "LS1 4AP", city: "Leeds" }), notes: "", contacts: [{ firstName: "Olivia", lastName: "Grant", email: "olivia.grant@harbourdental.co.uk", phone: "+441134960123", mobile: "+447911123456", jobTitle: "Practice manager", locale: "en" }] },
      { name: "Kingfisher Hotels", billingAddress: addr("GB", { city: "Harrogate" }), notes: "", contacts: [{ firstName: "Chloé", lastName: "Martin", email: "chloe.martin@kingfisher.test", phone: null, mobile: "+447400456789", jobTitle: null, locale: "en" }] },
      { name: "Riverside Vets", billingAddress: addr("GB", { line1: "2 Riverside Way" }), notes: "Wants a quote for 12 extensions", contacts: [{ firstName: "Jack", lastName: "Lloyd", email: "jack@riversidevets.test", phone: "+441134960777", mobile: null, jobTitle: "Vet", locale: "en" }] },
    ],
  },
  {
    fixture: "pipedrive-people-fr.csv",
    country: "FR",
    existing: { name: "Mairie de Plougastel", postalCode: "29470" },
    delimiter: ",",
    encoding: "utf-8",
    rejected: [
      { line: 4, field: "contactEmail", message: "emailNoDomainEnding" },
      { line: 5, field: "contactPhone", message: "phoneTooShort?country=FR&code=%2B33" },
    ],
    duplicates: [
      { line: 6, reason: "nameAndPostcode", of: { account: { id: expect.any(String), name: "Mairie de Plougastel" }, contact: null }, merge: "addContact" },
      { line: 7, reason: "email", of: { line: 3 }, merge: "fillContact" },
    ],
    accounts: [
      { name: "Boulangeries Kerjean", billingAddress: addr("FR", { postalCode: "29000", city: "Quimper" }), notes: "", contacts: [{ firstName: "Jean-Pierre", lastName: "Le Gall", email: "jp.legall@kerjean.fr", phone: "+33298551234", mobile: "+33612345678", jobTitle: "Gérant", locale: "fr" }] },
      { name: "Immobilière des Abers", billingAddress: addr("FR", { city: "Lannilis" }), notes: "Préfère être appelée le matin", contacts: [{ firstName: "Katell", lastName: "Guivarc'h", email: "katell@abers-immo.fr", phone: null, mobile: "+33622334455", jobTitle: null, locale: "fr" }] },
      { name: "Mairie de Plougastel", billingAddress: addr("FR", { postalCode: "29470" }), notes: "Standard de la mairie", contacts: [{ firstName: "", lastName: "", email: "accueil@plougastel.test", phone: "+33298400000", mobile: null, jobTitle: null, locale: "fr" }] },
    ],
  },
];

describe.each(CASES)("importing $fixture with the default mapping", (c) => {
  let world: Awaited<ReturnType<typeof tenantIn>>;
  let caller: ReturnType<typeof callerFor>;
  const { file, rows } = readFixture(c.fixture);

  beforeAll(async () => {
    world = await tenantIn(`imp-${c.country.toLowerCase()}`, c.country, c.existing);
    caller = callerFor(world.t.adminUser, world.t.slug);
  });

  it("reads the file's delimiter and encoding", () => {
    expect({ delimiter: file.delimiter, encoding: file.encoding, rows: file.rows.length }).toEqual({ delimiter: c.delimiter, encoding: c.encoding, rows: 6 });
  });

  it("checks: names the rejected rows by their spreadsheet row and why, and the duplicates, writing nothing", async () => {
    const before = await snapshot(world.t);
    const check = await caller.accounts.import({ rows, commit: false, skip: [] });
    expect(check).toMatchObject({ rows: 6, valid: 4, rejected: 2, committed: false, accountsCreated: 2, contactsCreated: 3 });
    expect(check.errors).toEqual(c.rejected);
    expect(check.duplicates).toEqual(c.duplicates);
    expect(await snapshot(world.t)).toEqual(before);
  });

  it("imports exactly the expected accounts and contacts, nothing of the rejected rows", async () => {
    const done = await caller.accounts.import({ rows, commit: true, skip: [] });
    expect(done).toMatchObject({ committed: true, accountsCreated: 2, accountsMerged: 1, contactsCreated: 3, rejected: 2 });
    expect(await snapshot(world.t)).toEqual(c.accounts.map((a) => ({ registrationNumber: null, ...a })));
    const history = await ownerDb().activity.findMany({ where: { tenantId: world.t.tenant.id, action: { in: ["account.imported", "account.import-merged"] } }, select: { action: true } });
    expect(history.map((h) => h.action).sort()).toEqual(["account.import-merged", "account.imported", "account.imported"]);
  });

  it("changes nothing when the same file is imported again: every valid row is now a duplicate", async () => {
    const before = await snapshot(world.t);
    const again = await caller.accounts.import({ rows, commit: true, skip: [] });
    expect(again).toMatchObject({ accountsCreated: 0, accountsMerged: 0, contactsCreated: 0, contactsMerged: 0 });
    expect(again.duplicates.map((d) => d.line).sort()).toEqual(rows.map((r) => r.line).filter((l) => !c.rejected.some((e) => e.line === l)));
    expect(await snapshot(world.t)).toEqual(before);
  });
});

describe("choosing to skip a duplicate", () => {
  it("leaves the existing account as it was", async () => {
    const { t, account } = await tenantIn("imp-skip", "FR", { name: "Boulangeries Kerjean", postalCode: "29000" });
    const { rows } = readFixture("excel-fr-semicolon-cp1252.csv");
    const done = await callerFor(t.adminUser, t.slug).accounts.import({ rows, commit: true, skip: [2, 6] });
    expect(done).toMatchObject({ skipped: 2, accountsCreated: 2, accountsMerged: 0, contactsCreated: 2 });
    expect(await ownerDb().account.findUniqueOrThrow({ where: { tenantId_id: { tenantId: t.tenant.id, id: account.id } }, select: { notes: true, _count: { select: { contacts: true } } } })).toEqual({ notes: "", _count: { contacts: 0 } });
  });
});

describe("a file of 5,000 rows", () => {
  it("is checked and imported in one request, duplicates found against the accounts already there", async () => {
    const t = await makeTenant("imp-big");
    const existing = Array.from({ length: 1000 }, (_, i) => ({ tenantId: t.tenant.id, name: `Existing ${i}`, billingAddress: { line1: null, line2: null, postalCode: String(10000 + i), city: null, country: "GB" } }));
    await ownerDb().account.createMany({ data: existing });
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      line: i + 2,
      name: i < 1000 ? `Existing ${i}` : `Company ${Math.floor(i / 2)}`,
      postalCode: i < 1000 ? String(10000 + i) : "",
      contactName: `Person ${i}`,
      contactEmail: `person${i}@example.com`,
      contactMobile: "07911 123456",
    }));
    const caller = callerFor(t.adminUser, t.slug);
    const check = await caller.accounts.import({ rows, commit: false, skip: [] });
    expect(check).toMatchObject({ valid: 5000, rejected: 0, accountsCreated: 2000, contactsCreated: 5000 });
    expect(check.duplicates).toHaveLength(1000);
    const done = await caller.accounts.import({ rows, commit: true, skip: [] });
    expect(done).toMatchObject({ accountsCreated: 2000, accountsMerged: 1000, contactsCreated: 5000 });
    expect(await ownerDb().contact.count({ where: { tenantId: t.tenant.id } })).toBe(5000);
  });
});
