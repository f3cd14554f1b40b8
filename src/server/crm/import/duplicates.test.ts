/** Duplicates in the file and against existing accounts and contacts: found, explained, merged or skipped. */
import { describe, expect, it } from "vitest";
import { planImport, type ExistingAccount } from "./duplicates";
import type { ImportAccount, ImportContact, ImportRecord } from "./rows";

const account = (o: Partial<ImportAccount>): ImportAccount => ({ name: "Kerjean", registrationNumber: null, vatNumber: null, billingAddress: null, notes: "", ...o });
const person = (o: Partial<ImportContact>): ImportContact => ({ firstName: "", lastName: "", email: null, phone: null, mobile: null, jobTitle: null, roles: [], locale: "fr", ...o });
const at = (postalCode: string | null, city: string | null = null) => ({ line1: null, line2: null, postalCode, city, country: "FR" });
const rec = (line: number, a: Partial<ImportAccount>, c: Partial<ImportContact> | null = null): ImportRecord => ({ line, account: account(a), contact: c ? person(c) : null });
const existing = (o: Partial<ExistingAccount>): ExistingAccount => ({ ...account({}), id: "acc-1", contacts: [], ...o });

describe("planImport: in the file", () => {
  it("shares one account between rows naming the same company, each new person a new contact", () => {
    const plan = planImport([rec(2, { name: "Kerjean" }, { lastName: "Morvan" }), rec(3, { name: " KERJEAN " }, { lastName: "Tanguy" })], [], new Set());
    expect(plan.duplicates).toEqual([]);
    expect(plan.create).toEqual([{ account: account({ name: "Kerjean" }), contacts: [person({ lastName: "Morvan" }), person({ lastName: "Tanguy" })] }]);
  });

  it("flags a row that repeats an earlier one, and merges it into that row's records unless skipped", () => {
    const rows = [rec(2, { name: "Kerjean" }, { lastName: "Morvan", email: "a.morvan@kerjean.fr" }), rec(3, { name: "Kerjean", billingAddress: at("29000", "Quimper") }, { lastName: "Morvan", email: "A.Morvan@kerjean.fr".toLowerCase(), mobile: "+33612345678" })];
    const merged = planImport(rows, [], new Set());
    expect(merged.duplicates).toEqual([{ line: 3, reason: "email", of: { line: 2 }, merge: "fillContact" }]);
    expect(merged.create).toEqual([{ account: account({ billingAddress: at("29000", "Quimper") }), contacts: [person({ lastName: "Morvan", email: "a.morvan@kerjean.fr", mobile: "+33612345678" })] }]);
    const skipped = planImport(rows, [], new Set([3]));
    expect(skipped).toMatchObject({ skipped: 1, create: [{ account: account({}), contacts: [person({ lastName: "Morvan", email: "a.morvan@kerjean.fr" })] }] });
  });

  it("keeps two sites of one name apart by their postcodes, and ties rows by SIRET whatever their names", () => {
    const plan = planImport([rec(2, { name: "Garage Tanguy", billingAddress: at("29200") }), rec(3, { name: "Garage Tanguy", billingAddress: at("29000") }), rec(4, { name: "Tanguy Automobiles", registrationNumber: "123 456 789 00012" }), rec(5, { name: "Garage Tanguy SARL", registrationNumber: "12345678900012" })], [], new Set());
    expect(plan.create.map((c) => c.account.name)).toEqual(["Garage Tanguy", "Garage Tanguy", "Tanguy Automobiles"]);
    expect(plan.duplicates).toEqual([{ line: 5, reason: "registrationNumber", of: { line: 4 }, merge: "fillAccount" }]);
  });

  it("flags an exact repeat of a row", () => {
    const row = { name: "Kerjean", billingAddress: at("29000") };
    expect(planImport([rec(2, row, { firstName: "Anne", lastName: "Morvan" }), rec(9, row, { firstName: "Anne", lastName: "Morvan" })], [], new Set()).duplicates).toEqual([{ line: 9, reason: "contactName", of: { line: 2 }, merge: "fillContact" }]);
  });
});

describe("planImport: against existing accounts", () => {
  const kerjean = existing({ name: "Boulangeries Kerjean", billingAddress: at(null, "Quimper"), notes: "Client depuis 2019", contacts: [{ id: "c-1", ...person({ firstName: "Anne", lastName: "Morvan", email: "anne@kerjean.fr" }) }] });

  it("matches on name and postcode (a missing postcode does not tell them apart), on SIRET or VAT (spaces and case aside)", () => {
    const plan = planImport(
      [
        rec(2, { name: "boulangeries  kerjean", billingAddress: at("29000") }),
        rec(3, { name: "Other name", vatNumber: "fr 12 345678901" }),
        rec(4, { name: "Boulangeries Kerjean", billingAddress: at("75001") }),
      ],
      [kerjean, existing({ id: "acc-2", name: "Holding Le Bihan", vatNumber: "FR12345678901" })],
      new Set(),
    );
    expect(plan.duplicates).toEqual([
      { line: 2, reason: "name", of: { account: { id: "acc-1", name: "Boulangeries Kerjean" }, contact: null }, merge: "fillAccount" },
      { line: 3, reason: "vatNumber", of: { account: { id: "acc-2", name: "Holding Le Bihan" }, contact: null }, merge: "fillAccount" },
    ]);
    expect(plan.create.map((c) => c.account.name)).toEqual(["Boulangeries Kerjean"]);
  });

  it("merges by filling empty fields only, adding new contacts and completing known ones", () => {
    const plan = planImport(
      [rec(2, { name: "Boulangeries Kerjean", billingAddress: at("29000", "Brest"), registrationNumber: "12345678900012", notes: "Portail 1234" }, { firstName: "Anne", lastName: "MORVAN", email: "anne@kerjean.fr", mobile: "+33612345678" }), rec(3, { name: "Boulangeries Kerjean" }, { firstName: "Yann", lastName: "Tanguy" })],
      [kerjean],
      new Set(),
    );
    expect(plan.duplicates.map((d) => [d.line, d.merge, "account" in d.of && d.of.contact])).toEqual([[2, "fillContact", "Anne Morvan"], [3, "addContact", null]]);
    expect(plan.update).toEqual([
      {
        id: "acc-1",
        before: { name: "Boulangeries Kerjean", registrationNumber: null, vatNumber: null, billingAddress: at(null, "Quimper"), notes: "Client depuis 2019" },
        after: { name: "Boulangeries Kerjean", registrationNumber: "12345678900012", vatNumber: null, billingAddress: at("29000", "Quimper"), notes: "Client depuis 2019\n\nPortail 1234" },
        newContacts: [person({ firstName: "Yann", lastName: "Tanguy" })],
        filledContacts: [{ id: "c-1", before: person({ firstName: "Anne", lastName: "Morvan", email: "anne@kerjean.fr" }), after: person({ firstName: "Anne", lastName: "Morvan", email: "anne@kerjean.fr", mobile: "+33612345678" }) }],
      },
    ]);
    expect(plan.accountsMerged).toBe(1);
  });

  it("writes nothing for rows skipped, nor for a row that brings nothing new", () => {
    const rows = [rec(2, { name: "Boulangeries Kerjean", notes: "Client depuis 2019" }, { firstName: "Anne", lastName: "Morvan", email: "anne@kerjean.fr" })];
    expect(planImport(rows, [kerjean], new Set())).toMatchObject({ create: [], update: [], accountsMerged: 0, skipped: 0 });
    expect(planImport([rec(2, { name: "Boulangeries Kerjean" }, { lastName: "Tanguy" })], [kerjean], new Set([2]))).toMatchObject({ create: [], update: [], skipped: 1 });
  });

  it("finds 5,000 rows among 5,000 accounts without comparing each to each", () => {
    const many = Array.from({ length: 5000 }, (_, i) => existing({ id: `acc-${i}`, name: `Company ${i}`, billingAddress: at(String(29000 + i)) }));
    const rows = many.map((a, i) => rec(i + 2, { name: a.name, billingAddress: a.billingAddress }));
    const plan = planImport(rows, many, new Set());
    expect(plan.duplicates).toHaveLength(5000);
    expect(plan.update).toEqual([]);
  });
});
