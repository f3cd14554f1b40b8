/**
 * The CRM against the real database: accounts, contacts, catalogue, deals with priced lines,
 * Mark Won into subscriptions — and the bad inputs, which must say what is wrong and write
 * nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { seedPublishedTemplate } from "../../prisma/seed/factories";
import { callerFor, failure, makeTenant, ownerDb } from "../support/fixtures";

type Tenant = Awaited<ReturnType<typeof makeTenant>>;
let t: Tenant;
let other: Tenant;
let caller: ReturnType<typeof callerFor>;
let installType: string;
let plainType: string;


const line = (serviceTypeId: string, over: Record<string, unknown> = {}) => ({
  serviceTypeId,
  quantity: 10,
  unitPrice: "8.50",
  frequency: "MONTHLY" as const,
  commitmentMonths: 36,
  attributes: {},
  ...over,
});

beforeAll(async () => {
  t = await makeTenant("crm");
  other = await makeTenant("crm-other");
  caller = callerFor(t.adminUser, t.slug);
  installType = (
    await caller.catalogue.create({
      name: "3CX hosted PBX",
      requiresInstallation: true,
      defaultUnitPrice: "8.50",
      currency: "EUR",
      defaultFrequency: "MONTHLY",
      attributeSchema: [
        { key: "extensions", label: "Extensions", type: "number", required: true },
        { key: "onSiteInstallation", label: "On-site installation", type: "boolean", required: false },
      ],
    })
  ).id;
  await seedPublishedTemplate(ownerDb(), t.tenant.id, installType);
  plainType = (
    await caller.catalogue.create({ name: "SIP trunk", requiresInstallation: false, defaultUnitPrice: "15", currency: "EUR", defaultFrequency: "MONTHLY", attributeSchema: [] })
  ).id;
});

describe("accounts and contacts", () => {
  it("stores phones in E.164 from the way people type them, and finds accounts by them", async () => {
    const { id } = await caller.accounts.create({ name: "Boulangerie Kerjean" });
    await caller.accounts.addContact({ accountId: id, firstName: "Yvon", lastName: "Kerjean", email: "Yvon@Kerjean.test", mobile: "+33 6 12 34 56 78", roles: ["TECHNICAL", "DECISION_MAKER"], locale: "fr" });
    await caller.accounts.addContact({ accountId: id, firstName: "Ann", lastName: "Smith", phone: "020 7946 0958", roles: ["BILLING"], locale: "en" });
    const account = await caller.accounts.get({ id });
    // The tenant is in GB: a UK number typed nationally, a French one internationally.
    expect(account.contacts.map((c) => c.phone ?? c.mobile).sort()).toEqual(["+33612345678", "+442079460958"]);

    // In a French tenant, a French mobile typed the French way.
    await ownerDb().tenant.update({ where: { id: other.tenant.id }, data: { country: "FR" } });
    const fr = callerFor(other.adminUser, other.slug);
    const shop = await fr.accounts.create({ name: "Crêperie Ty Breizh" });
    await fr.accounts.addContact({ accountId: shop.id, firstName: "Gwen", lastName: "Le Bras", mobile: "06 12 34 56 78", roles: ["TECHNICAL"], locale: "fr" });
    expect((await fr.accounts.get({ id: shop.id })).contacts[0]?.mobile).toBe("+33612345678");
    expect(account.contacts.find((c) => c.firstName === "Yvon")?.email).toBe("yvon@kerjean.test");
    const found = await caller.accounts.list({ search: "7946 0958" });
    expect(found.rows.map((r) => r.name)).toEqual(["Boulangerie Kerjean"]);
    expect((await caller.accounts.list({ search: "kerjean" })).total).toBe(1);
  });

  it("lists a page with its total, counts, owner, sort and filters, and takes % and _ literally", async () => {
    const fresh = await makeTenant("crm-list");
    const c = callerFor(fresh.adminUser, fresh.slug);
    for (const name of ["Alpha 100% Fibre", "Beta_Net", "Gamma Telecom", "Delta Voice", "Epsilon IT", "Zeta SAS"]) {
      await c.accounts.create({ name, salesRepId: name.startsWith("Z") ? fresh.tech.membership.id : null });
    }
    const alpha = (await c.accounts.list({ search: "Alpha" })).rows[0]!;
    await c.accounts.addContact({ accountId: alpha.id, firstName: "Al", lastName: "Pha", roles: [], locale: "en" });
    await c.accounts.addContact({ accountId: alpha.id, firstName: "Bet", lastName: "Ty", email: "bet@alpha.test", roles: [], locale: "en" });
    await c.deals.create({ accountId: alpha.id, currency: "GBP", name: "Alpha deal", targetCloseDate: "2030-01-31", ownerId: null, notes: "" });

    const page2 = await c.accounts.list({ pageSize: 5, page: 2 });
    expect({ total: page2.total, names: page2.rows.map((r) => r.name) }).toEqual({ total: 6, names: ["Zeta SAS"] });
    expect(page2.rows[0]!.owner).toEqual({ id: fresh.tech.membership.id, name: fresh.tech.user.name });
    expect((await c.accounts.list({ pageSize: 5, page: 3 })).total).toBe(6);
    const first = (await c.accounts.list({ search: "bet@alpha" })).rows;
    expect(first.map((r) => ({ name: r.name, contacts: r.contacts, deals: r.deals, owner: r.owner }))).toEqual([{ name: "Alpha 100% Fibre", contacts: 2, deals: 1, owner: null }]);
    expect((await c.accounts.list({ sort: "name", dir: "desc", pageSize: 5 })).rows[0]!.name).toBe("Zeta SAS");
    expect((await c.accounts.list({ ownerId: fresh.tech.membership.id })).rows.map((r) => r.name)).toEqual(["Zeta SAS"]);
    expect((await c.accounts.list({ status: "ACTIVE" })).total).toBe(0);
    expect((await c.accounts.list({ search: "100%" })).rows.map((r) => r.name)).toEqual(["Alpha 100% Fibre"]);
    // As a wildcard, _ would find "Gamma Telecom" ("a T").
    expect((await c.accounts.list({ search: "a_t" })).total).toBe(0);
    expect((await c.accounts.list({ search: "a_n" })).rows.map((r) => r.name)).toEqual(["Beta_Net"]);
  });

  it("refuses a phone number that is not one, on its field", async () => {
    const { id } = await caller.accounts.create({ name: "Bad Phone Ltd" });
    expect(await failure(caller.accounts.addContact({ accountId: id, firstName: "A", lastName: "B", phone: "12", roles: [], locale: "en" }))).toEqual({
      code: "BAD_REQUEST",
      fieldErrors: { phone: ["phoneInvalid"] },
    });
    expect(await ownerDb().contact.count({ where: { accountId: id } })).toBe(0);
  });

  it("keeps a partial address, and takes a contact with a name or an email but not neither", async () => {
    const { id } = await caller.accounts.create({ name: "Partial Ltd", billingAddress: { city: "Leeds", country: "GB" } });
    expect((await caller.accounts.get({ id })).billingAddress).toEqual({ line1: null, line2: null, postalCode: null, city: "Leeds", country: "GB" });
    await caller.accounts.update({ id, name: "Partial Ltd", billingAddress: { postalCode: "LS1 4AP", country: "GB" } });
    expect((await caller.accounts.get({ id })).billingAddress).toEqual({ line1: null, line2: null, postalCode: "LS1 4AP", city: null, country: "GB" });
    await caller.accounts.update({ id, name: "Partial Ltd", billingAddress: { line1: " ", country: "GB" } });
    expect((await caller.accounts.get({ id })).billingAddress).toBeNull();

    await caller.accounts.addContact({ accountId: id, email: "accounts@partial.test", roles: ["BILLING"], locale: "en" });
    await caller.accounts.addContact({ accountId: id, lastName: "Murray", roles: [], locale: "en" });
    expect((await caller.accounts.get({ id })).contacts.map((c) => [c.firstName, c.lastName, c.email])).toEqual([["", "", "accounts@partial.test"], ["", "Murray", null]]);
    expect(await failure(caller.accounts.addContact({ accountId: id, firstName: " ", roles: [], locale: "en" }))).toEqual({ code: "BAD_REQUEST", fieldErrors: { lastName: ["contactNameOrEmail"] } });
  });

  it("saves the account's notes as typed, in its history, and only for those who sell", async () => {
    const { id } = await caller.accounts.create({ name: "Notes SARL" });
    await caller.accounts.setNotes({ id, notes: "Code portail : 1234\r\n\r\nAppeler avant 10 h  \n" });
    expect((await caller.accounts.get({ id })).notes).toBe("Code portail : 1234\n\nAppeler avant 10 h");
    const history = await ownerDb().activity.findMany({ where: { entityId: id, action: "account.notes-updated" }, select: { before: true, after: true } });
    expect(history).toEqual([{ before: { notes: "" }, after: { notes: "Code portail : 1234\n\nAppeler avant 10 h" } }]);
    const tech = { id: t.tech.user.id, email: t.tech.user.email, name: t.tech.user.name, signIn: { method: "email" as const } };
    expect((await failure(callerFor(tech, t.slug).accounts.setNotes({ id, notes: "Hijacked" }))).code).toBe("FORBIDDEN");
    expect((await caller.accounts.get({ id })).notes).toBe("Code portail : 1234\n\nAppeler avant 10 h");
  });

  it("refuses a billing account that is itself, makes a cycle, or belongs to another tenant", async () => {
    const head = await caller.accounts.create({ name: "Holding SA" });
    const shop = await caller.accounts.create({ name: "Franchise Nord", billingAccountId: head.id });
    expect((await failure(caller.accounts.update({ id: head.id, name: "Holding SA", billingAccountId: head.id }))).fieldErrors).toEqual({ billingAccountId: ["billingAccountSelf"] });
    expect((await failure(caller.accounts.update({ id: head.id, name: "Holding SA", billingAccountId: shop.id }))).fieldErrors).toEqual({ billingAccountId: ["billingAccountCycle"] });
    const foreign = await callerFor(other.adminUser, other.slug).accounts.create({ name: "Elsewhere" });
    expect((await failure(caller.accounts.create({ name: "Sneaky", billingAccountId: foreign.id }))).fieldErrors).toEqual({ billingAccountId: ["billingAccountUnknown"] });
    expect(await ownerDb().account.count({ where: { tenantId: t.tenant.id, name: "Sneaky" } })).toBe(0);
    expect((await caller.accounts.get({ id: head.id })).payerFor.map((a) => a.name)).toEqual(["Franchise Nord"]);
  });
});

describe("deals and service lines", () => {
  let dealId: string;
  let accountId: string;
  beforeAll(async () => {
    accountId = (await caller.accounts.create({ name: "Garage Le Gall" })).id;
    dealId = (await caller.deals.create({ accountId, name: "Phones + trunk", targetCloseDate: "2026-12-15", currency: "EUR" })).id;
  });

  it("computes MRR, one-off and contract value in exact decimals", async () => {
    await caller.deals.addLine({ dealId, ...line(installType, { attributes: { extensions: 10, onSiteInstallation: true } }) });
    await caller.deals.addLine({ dealId, ...line(plainType, { quantity: 1, unitPrice: "0.10", frequency: "ANNUAL", commitmentMonths: 12 }) });
    await caller.deals.addLine({ dealId, ...line(plainType, { quantity: 3, unitPrice: "0.10", frequency: "ONE_OFF", commitmentMonths: 0 }) });
    const deal = await caller.deals.get({ id: dealId });
    // 10 × 8.50 = 85.00/month; 0.10/year = 0.0083…/month; 3 × 0.10 one-off.
    expect(deal.totals).toEqual({ mrr: "85.01", oneOff: "0.30", contractValue: "3060.40" });
  });

  it("refuses three decimals, a negative quantity and an attribute of the wrong type, writing nothing", async () => {
    const before = await ownerDb().serviceLine.count({ where: { dealId } });
    expect((await failure(caller.deals.addLine({ dealId, ...line(installType, { unitPrice: "8.505", attributes: { extensions: 1 } }) }))).fieldErrors).toEqual({ unitPrice: ["priceDecimals"] });
    expect((await failure(caller.deals.addLine({ dealId, ...line(installType, { quantity: -1, attributes: { extensions: 1 } }) }))).fieldErrors).toEqual({ quantity: ["quantityNegative"] });
    const wrongType = await failure(caller.deals.addLine({ dealId, ...line(installType, { attributes: { extensions: "ten" } }) }));
    expect(wrongType.code).toBe("BAD_REQUEST");
    expect(Object.keys(wrongType.fieldErrors)).toEqual(["attributes.extensions"]);
    expect((await failure(caller.deals.addLine({ dealId, ...line(installType, { attributes: {} }) }))).fieldErrors).toEqual({ "attributes.extensions": ["attributeRequired"] });
    expect(await ownerDb().serviceLine.count({ where: { dealId } })).toBe(before);
  });

  it("asks a reason to lose a deal, and refuses moving to Won without Mark Won", async () => {
    expect((await failure(caller.deals.move({ id: dealId, stage: "LOST", lostReason: " " }))).fieldErrors).toEqual({ lostReason: ["lostReasonRequired"] });
    expect((await failure(caller.deals.move({ id: dealId, stage: "WON" }))).fieldErrors).toEqual({ stage: ["dealUseMarkWon"] });
    await caller.deals.move({ id: dealId, stage: "NEGOTIATION" });
    const board = await caller.deals.board({});
    const negotiation = board.find((c) => c.stage === "NEGOTIATION");
    expect(negotiation?.cards.map((c) => c.name)).toContain("Phones + trunk");
  });

  it("shows on the board each card's totals, lines and owner, each stage's count and sums, in date order", async () => {
    const fresh = await makeTenant("crm-board");
    const c = callerFor(fresh.adminUser, fresh.slug);
    const type = (await c.catalogue.create({ name: "Trunk", requiresInstallation: false, defaultUnitPrice: "15", currency: "EUR", defaultFrequency: "MONTHLY", attributeSchema: [] })).id;
    const { id: account } = await c.accounts.create({ name: "Board Co" });
    const deal = (name: string, date: string, ownerId: string | null) => c.deals.create({ accountId: account, name, targetCloseDate: date, currency: "EUR", ownerId, notes: "" });
    const late = await deal("Late", "2027-03-01", null);
    const early = await deal("Early", "2027-01-01", fresh.tech.membership.id);
    await deal("Empty", "2027-02-01", null);
    await c.deals.addLine({ dealId: early.id, ...line(type, { quantity: 2, unitPrice: "10.00" }) });
    await c.deals.addLine({ dealId: early.id, ...line(type, { quantity: 1, unitPrice: "120.00", frequency: "ANNUAL", commitmentMonths: 12 }) });
    await c.deals.addLine({ dealId: late.id, ...line(type, { quantity: 1, unitPrice: "99.99", frequency: "ONE_OFF", commitmentMonths: 0 }) });

    const stages = await c.deals.board({});
    const open = stages.find((s) => s.stage === "NEW")!;
    expect(open.count).toBe(3);
    expect(open.cards.map((d) => d.name)).toEqual(["Early", "Empty", "Late"]);
    const byName = Object.fromEntries(open.cards.map((d) => [d.name, d]));
    const earlyDeal = await c.deals.get({ id: early.id });
    expect({ mrr: byName.Early!.mrr, oneOff: byName.Early!.oneOff, contractValue: byName.Early!.contractValue }).toEqual(earlyDeal.totals);
    expect(byName.Early).toMatchObject({ lineCount: 2, owner: { id: fresh.tech.membership.id, name: fresh.tech.user.name }, account: { id: account, name: "Board Co" } });
    expect(byName.Empty).toMatchObject({ lineCount: 0, mrr: "0.00", oneOff: "0.00", owner: null });
    expect(byName.Late).toMatchObject({ lineCount: 1, oneOff: "99.99" });
    expect({ mrr: open.mrr, oneOff: open.oneOff }).toEqual({ mrr: "30.00", oneOff: "99.99" });
    expect(stages.filter((s) => s.stage !== "NEW").every((s) => s.count === 0 && s.cards.length === 0)).toBe(true);
    const mine = (await c.deals.board({ ownerId: fresh.tech.membership.id })).find((s) => s.stage === "NEW")!;
    expect({ count: mine.count, cards: mine.cards.map((d) => d.name), mrr: mine.mrr }).toEqual({ count: 1, cards: ["Early"], mrr: "30.00" });
  });

  it("Mark Won: deal won, one active and one pending subscription per line, account onboarding then read-only", async () => {
    const acc = (await caller.accounts.create({ name: "Cabinet Morvan" })).id;
    const d = (await caller.deals.create({ accountId: acc, name: "Morvan phones", targetCloseDate: "2026-12-01", currency: "EUR" })).id;
    await caller.deals.addLine({ dealId: d, ...line(installType, { attributes: { extensions: 4 } }) });
    await caller.deals.addLine({ dealId: d, ...line(plainType) });
    expect((await caller.accounts.get({ id: acc })).status).toBe("PROSPECT");
    const won = await caller.deals.markWon({ id: d, wonAt: "2026-11-20" });
    expect(won.accountStatus).toBe("ONBOARDING");
    expect(won.projectIds).toHaveLength(1);
    const account = await caller.accounts.get({ id: acc });
    expect(account.status).toBe("ONBOARDING");
    expect(account.subscriptions.map((s) => [s.serviceType, s.status, s.startDate?.toISOString().slice(0, 10) ?? null]).sort()).toEqual([
      ["3CX hosted PBX", "PENDING", null],
      ["SIP trunk", "ACTIVE", "2026-11-20"],
    ]);
    expect((await failure(caller.deals.markWon({ id: d }))).code).toBe("CONFLICT");
    expect((await failure(caller.deals.addLine({ dealId: d, ...line(plainType) }))).code).toBe("CONFLICT");
    const deal = await caller.deals.get({ id: d });
    await caller.deals.update({ id: d, name: deal.name, targetCloseDate: deal.targetCloseDate, ownerId: null, notes: "Install booked" });
    expect((await caller.deals.get({ id: d })).notes).toBe("Install booked");
    expect((await failure(caller.deals.update({ id: d, name: "Renamed", targetCloseDate: deal.targetCloseDate, ownerId: null, notes: "" }))).code).toBe("CONFLICT");
  });

  it("refuses a service type in another currency than the deal", async () => {
    const gbp = (await caller.catalogue.create({ name: "UK trunk", requiresInstallation: false, defaultUnitPrice: "10", currency: "GBP", defaultFrequency: "MONTHLY", attributeSchema: [] })).id;
    expect((await failure(caller.deals.addLine({ dealId, ...line(gbp) }))).fieldErrors.serviceTypeId?.[0]).toMatch(/^currencyMismatch/);
  });

  it("forecasts open deals by month of target close, weighted by the stage probability", async () => {
    await caller.catalogue.setProbabilities({ NEW: 10, QUALIFIED: 25, PROPOSAL_SENT: 50, NEGOTIATION: 50, WON: 100, LOST: 0 });
    const forecast = await caller.deals.forecast({});
    expect(forecast).toHaveLength(12);
    const total = forecast.reduce((n, m) => n + m.count, 0);
    expect(total).toBeGreaterThanOrEqual(1);
  });
});

describe("what lists add up, and overdue deals", () => {
  it("totals the open pipeline and the won deals apart, counts lost ones, and flags and finds overdue deals", async () => {
    const fresh = await makeTenant("crm-overdue");
    const c = callerFor(fresh.adminUser, fresh.slug);
    const type = (await c.catalogue.create({ name: "Trunk", requiresInstallation: false, defaultUnitPrice: "15", currency: "EUR", defaultFrequency: "MONTHLY", attributeSchema: [] })).id;
    const { id: account } = await c.accounts.create({ name: "Overdue Co" });
    const soon = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    const make = async (name: string, date: string, monthly: string) => {
      const { id } = await c.deals.create({ accountId: account, name, targetCloseDate: date, currency: "EUR", ownerId: null, notes: "" });
      await c.deals.addLine({ dealId: id, ...line(type, { quantity: 1, unitPrice: monthly, commitmentMonths: 12 }) });
      return id;
    };
    await make("Slipped", "2025-01-10", "10.00");
    await make("Coming", soon, "20.00");
    const won = await make("Signed", "2025-02-01", "40.00");
    const lost = await make("Gone", "2025-03-01", "80.00");
    await c.deals.markWon({ id: won });
    await c.deals.move({ id: lost, stage: "LOST", lostReason: "Price" });

    const all = await c.deals.list({});
    expect(all.total).toBe(4);
    expect(all.totals).toEqual({
      open: { count: 2, mrr: "30.00", oneOff: "0.00", contractValue: "360.00" },
      won: { count: 1, mrr: "40.00", oneOff: "0.00", contractValue: "480.00" },
      lost: { count: 1 },
    });
    // Only an open deal whose date has passed is overdue; a won or lost one never is.
    const overdue = (await c.deals.list({ overdue: true })).rows.map((r) => r.name);
    expect(overdue).toEqual(["Slipped"]);
    expect(Object.fromEntries(all.rows.map((r) => [r.name, r.closeDatePassed]))).toEqual({ Slipped: true, Signed: true, Gone: true, Coming: false });

    const board = await c.deals.board({});
    expect(board.find((s) => s.stage === "NEW")!.cards.map((d) => [d.name, d.closeDatePassed])).toEqual([["Slipped", true], ["Coming", false]]);

    const forecast = await c.deals.forecast({});
    expect(forecast[0]).toMatchObject({ overdue: 1 });
    expect(forecast.reduce((n, m) => n + m.count, 0)).toBe(2);
  });
});

describe("catalogue", () => {
  it("keeps a service type's currency once deals use it", async () => {
    const { id } = await caller.catalogue.create({ name: "Used type", requiresInstallation: false, defaultUnitPrice: "1", currency: "EUR", defaultFrequency: "MONTHLY", attributeSchema: [] });
    const acc = (await caller.accounts.create({ name: "Currency Co" })).id;
    const d = (await caller.deals.create({ accountId: acc, name: "Uses it", targetCloseDate: "2026-12-01", currency: "EUR" })).id;
    await caller.deals.addLine({ dealId: d, ...line(id) });
    const change = { name: "Used type", requiresInstallation: false, defaultUnitPrice: "1", defaultFrequency: "MONTHLY" as const, attributeSchema: [] };
    expect((await failure(caller.catalogue.update({ id, ...change, currency: "GBP" }))).fieldErrors).toEqual({ currency: ["currencyInUse"] });
    await caller.catalogue.update({ id, ...change, currency: "EUR", defaultUnitPrice: "2" });
    const history = (await caller.deals.get({ id: d })).activity;
    expect(history.map((a) => [a.action, a.actorName])).toEqual([["deal.line-added", t.admin.user.name], ["deal.created", t.admin.user.name]]);
  });

  it("refuses a duplicate name on the name field", async () => {
    expect(
      (await failure(caller.catalogue.create({ name: "SIP trunk", requiresInstallation: false, defaultUnitPrice: "1", currency: "EUR", defaultFrequency: "MONTHLY", attributeSchema: [] })))
        .fieldErrors,
    ).toEqual({ name: ["serviceTypeNameTaken"] });
  });

  it("is read by everyone but changed only by admins and managers", async () => {
    const tech = { id: t.tech.user.id, email: t.tech.user.email, name: t.tech.user.name, signIn: { method: "email" as const } };
    expect((await callerFor(tech, t.slug).catalogue.list()).length).toBeGreaterThanOrEqual(2);
    expect((await failure(callerFor(tech, t.slug).catalogue.create({ name: "X", requiresInstallation: false, defaultUnitPrice: "1", currency: "EUR", defaultFrequency: "MONTHLY", attributeSchema: [] }))).code).toBe("FORBIDDEN");
  });
});
