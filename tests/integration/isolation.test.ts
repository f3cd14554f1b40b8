/**
 * Cross-tenant isolation, generated from the app router: every procedure is enumerated, so a
 * new one cannot skip this suite.
 *  1. Every tenant procedure called by a member of tenant B on tenant A's URL → NOT_FOUND,
 *     and signed out → UNAUTHORIZED.
 *  2. Every tenant procedure has a probe below: called by B's admin in B, aimed at A's rows,
 *     it must answer NOT_FOUND or leave A's data out of its answer — and A is unchanged.
 *  3. Every procedure that is not a tenant procedure is listed, with why it is safe.
 */
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@/server/root";
import type { Meta } from "@/server/trpc";
import { startDevIdp, type DevIdp } from "../../scripts/dev-idp";
import { provisionTenant } from "@/server/identity/provision-tenant";
import type { TemplateDocument } from "@/server/templates/document";
import { closeLive } from "@/server/live/changes";
import { callerFor, makeCrm, makeTenant, ownerDb } from "../support/fixtures";
import { closeLiveProbe, expectHearsOnlyOwnTenant } from "../support/live";

type World = {
  a: Awaited<ReturnType<typeof makeTenant>>;
  b: Awaited<ReturnType<typeof makeTenant>>;
  aCrm: Awaited<ReturnType<typeof makeCrm>>;
  invitationId: string;
  issuer: string;
  /** A's published 3CX template and a day off of A's admin. */
  templateId: string;
  dayOffId: string;
};
type Probe = { input?: (w: World) => unknown; check: (outcome: { result?: unknown; error?: unknown }, w: World) => void | Promise<void> };

const notFound = ({ error }: { error?: unknown }) => {
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("NOT_FOUND");
};
const excludesA = ({ result, error }: { result?: unknown; error?: unknown }, w: World) => {
  expect(error).toBeUndefined();
  const text = JSON.stringify(result);
  expect(text).not.toContain(w.a.slug);
  expect(text).not.toContain(w.a.tenant.id);
  expect(text).not.toContain(w.a.admin.user.name);
};
/** Refused because the referenced row does not exist in the caller's tenant. */
const refused = ({ error }: { error?: unknown }) => {
  expect(error).toBeInstanceOf(TRPCError);
  expect(["NOT_FOUND", "BAD_REQUEST"]).toContain((error as TRPCError).code);
};
const accountInput = (w: World) => ({ name: "Probe account", billingAccountId: w.aCrm.account.id });
const lineInput = (w: World) => ({ serviceTypeId: w.aCrm.serviceType.id, quantity: 1, unitPrice: "1.00", frequency: "MONTHLY", commitmentMonths: 0, attributes: { extensions: 1 } });
const dealInput = { name: "Probe deal", targetCloseDate: "2030-01-31" };
const contactInput = { firstName: "Pro", lastName: "Be", roles: [], locale: "en" };
/** A's technician has a calendar feed: B's calls on B's own feed must leave its key alone. */
const A_FEED_KEY = "a-calendar-feed-key";
const ownFeedOnly = async (o: { result?: unknown; error?: unknown }, w: World) => {
  excludesA(o, w);
  const url = (o.result as { url: string | null }).url;
  if (url !== null) expect(url).toContain(w.b.admin.membership.id);
  expect(JSON.stringify(o.result)).not.toContain(w.a.tech.membership.id);
  const aTech = await ownerDb().membership.findUnique({ where: { tenantId_id: { tenantId: w.a.tenant.id, id: w.a.tech.membership.id } } });
  expect(aTech?.calendarFeedKey).toBe(A_FEED_KEY);
};

/** A notification of A's admin: B's bell must neither list nor mark it. */
const A_NOTIFICATION_ID = "0190a000-0000-7000-8000-00000000b311";
const ownNotificationsOnly = (o: { result?: unknown; error?: unknown }, w: World) => (excludesA(o, w), expect(JSON.stringify(o.result)).not.toContain(A_NOTIFICATION_ID));

/** A project of A's with one document: B can neither list nor delete it. */
const A_PROJECT_ID = "0190a000-0000-7000-8000-0000000d0c01";
const A_DOCUMENT_ID = "0190a000-0000-7000-8000-0000000d0c02";
/** An available action of A's project, for the action commands to aim at. */
const A_ACTION_ID = "0190a000-0000-7000-8000-0000000d0c03";
const A_PHASE_ID = "0190a000-0000-7000-8000-0000000d0c04";
const withoutAProject = (o: { result?: unknown; error?: unknown }, w: World) => (excludesA(o, w), expect(JSON.stringify(o.result)).not.toContain(A_PROJECT_ID));

/** Live-refresh changes carry ids only; any id serves to aim at. */
const LIVE_PROJECT_ID = "0190a000-0000-7000-8000-00000000f00d";

/** One probe per tenant procedure. */
const PROBES: Record<string, Probe> = {
  "members.list": { check: excludesA },
  "members.invitations": { check: excludesA },
  "members.updateRoles": { input: (w) => ({ memberId: w.a.tech.membership.id, roles: ["ADMIN"] }), check: notFound },
  "members.remove": { input: (w) => ({ memberId: w.a.tech.membership.id }), check: notFound },
  "members.revokeInvitation": { input: (w) => ({ invitationId: w.invitationId }), check: notFound },
  "members.invite": {
    // Inviting A's member's address into B is legitimate; it must create B's row, not touch A's.
    input: (w) => ({ email: w.a.tech.user.email, roles: ["VIEWER"] }),
    check: async ({ error }, w) => {
      expect(error).toBeUndefined();
      expect(await ownerDb().invitation.count({ where: { tenantId: w.b.tenant.id, email: w.a.tech.user.email } })).toBe(1);
    },
  },
  "sso.get": { check: ({ result, error }) => expect({ result, error }).toEqual({ result: null, error: undefined }) },
  "sso.save": {
    // B has no verified domain: requiring SSO is refused, and A's settings are out of reach anyway.
    input: (w) => ({ issuer: w.issuer, clientId: "x", clientSecret: "y", enforceSso: true, jitEnabled: false, jitRole: "VIEWER" }),
    check: ({ error }) => {
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("BAD_REQUEST");
    },
  },
  "sso.test": { input: (w) => ({ issuer: w.issuer }), check: excludesA },
  "sso.domains": { check: excludesA },
  // A's verified domain cannot be claimed; its pending one is not B's to verify or remove.
  "sso.addDomain": {
    input: (w) => ({ domain: `${w.a.slug}.test` }),
    check: ({ error }) => {
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("CONFLICT");
    },
  },
  "sso.verifyDomain": { input: (w) => ({ domain: `pending-${w.a.slug}.test` }), check: notFound },
  "sso.removeDomain": { input: (w) => ({ domain: `${w.a.slug}.test` }), check: notFound },

  "accounts.list": { input: () => ({}), check: excludesA },
  "accounts.get": { input: (w) => ({ id: w.aCrm.account.id }), check: notFound },
  "accounts.create": { input: accountInput, check: refused },
  "accounts.update": { input: (w) => ({ ...accountInput(w), id: w.aCrm.account.id, billingAccountId: null }), check: notFound },
  "accounts.addContact": { input: (w) => ({ ...contactInput, accountId: w.aCrm.account.id }), check: notFound },
  "accounts.updateContact": { input: (w) => ({ ...contactInput, id: w.aCrm.contact.id }), check: notFound },
  "accounts.import": {
    // Names A's account: B gets its own new account; A's is neither matched nor touched.
    input: (w) => ({ rows: [{ line: 2, name: w.aCrm.account.name, contactFirstName: "Imp", contactLastName: "Orted" }], commit: true }),
    check: async ({ result, error }, w) => {
      expect(error).toBeUndefined();
      expect(result).toMatchObject({ accountsCreated: 1, accountsMerged: 0, contactsCreated: 1, duplicates: [] });
      expect(await ownerDb().account.count({ where: { tenantId: w.b.tenant.id, name: w.aCrm.account.name } })).toBe(1);
    },
  },
  "accounts.setNotes": { input: (w) => ({ id: w.aCrm.account.id, notes: "Hijacked" }), check: notFound },
  "accounts.setContactActive": { input: (w) => ({ id: w.aCrm.contact.id, active: false }), check: notFound },
  "catalogue.list": { check: excludesA },
  "catalogue.create": {
    // Same name as A's type: names are unique per tenant, so B may use it; A is untouched.
    input: (w) => ({ name: w.aCrm.serviceType.name, requiresInstallation: false, defaultUnitPrice: "1.00", currency: "EUR", defaultFrequency: "MONTHLY", attributeSchema: [] }),
    check: ({ error }) => expect(error).toBeUndefined(),
  },
  "catalogue.update": {
    input: (w) => ({ id: w.aCrm.serviceType.id, name: "Hijacked", requiresInstallation: false, defaultUnitPrice: "1.00", currency: "EUR", defaultFrequency: "MONTHLY", attributeSchema: [] }),
    check: notFound,
  },
  "catalogue.probabilities": { check: ({ result }) => expect((result as { NEW: number }).NEW).not.toBe(33) },
  "catalogue.setProbabilities": {
    input: () => ({ NEW: 5, QUALIFIED: 20, PROPOSAL_SENT: 40, NEGOTIATION: 70, WON: 100, LOST: 0 }),
    check: ({ error }) => expect(error).toBeUndefined(),
  },
  "deals.list": { input: () => ({}), check: excludesA },
  "deals.board": { input: () => ({}), check: excludesA },
  "deals.forecast": { input: () => ({}), check: excludesA },
  "deals.get": { input: (w) => ({ id: w.aCrm.deal.id }), check: notFound },
  "deals.create": { input: (w) => ({ ...dealInput, accountId: w.aCrm.account.id, currency: "EUR" }), check: refused },
  "deals.update": { input: (w) => ({ ...dealInput, id: w.aCrm.deal.id }), check: notFound },
  "deals.move": { input: (w) => ({ id: w.aCrm.deal.id, stage: "QUALIFIED" }), check: notFound },
  "deals.addLine": { input: (w) => ({ ...lineInput(w), dealId: w.aCrm.deal.id }), check: notFound },
  "deals.updateLine": { input: (w) => ({ ...lineInput(w), id: w.aCrm.line.id }), check: notFound },
  "deals.removeLine": { input: (w) => ({ id: w.aCrm.line.id }), check: notFound },
  "deals.markWon": { input: (w) => ({ id: w.aCrm.deal.id }), check: notFound },
  "directory.members": { check: excludesA },

  "templates.list": { input: () => ({}), check: (o, w) => (excludesA(o, w), expect(JSON.stringify(o.result)).not.toContain(w.templateId)) },
  "templates.get": { input: (w) => ({ id: w.templateId }), check: notFound },
  "templates.version": { input: (w) => ({ id: w.templateId, number: 1 }), check: notFound },
  "templates.export": { input: (w) => ({ id: w.templateId }), check: notFound },
  "templates.create": { input: (w) => ({ name: "Probe template", serviceTypeId: w.aCrm.serviceType.id }), check: refused },
  "templates.duplicate": { input: (w) => ({ id: w.templateId }), check: notFound },
  "templates.archive": { input: (w) => ({ id: w.templateId, archived: true }), check: notFound },
  "templates.makeDefault": { input: (w) => ({ id: w.templateId }), check: notFound },
  "templates.saveDraft": { input: (w) => ({ id: w.templateId, name: "Hijacked", serviceTypeId: null, document: { phases: [] } satisfies TemplateDocument, baseUpdatedAt: null }), check: notFound },
  "templates.publish": { input: (w) => ({ id: w.templateId, baseUpdatedAt: new Date().toISOString() }), check: notFound },
  "templates.discardDraft": { input: (w) => ({ id: w.templateId }), check: notFound },
  "templates.import": {
    // A file naming A's service type: B gets a template of its own, tied at most to B's type of that name.
    input: (w) => ({ text: JSON.stringify({ format: "switchboard.template", formatVersion: 1, name: "Imported", serviceType: w.aCrm.serviceType.name, document: { phases: [] } }) }),
    check: async ({ result, error }, w) => {
      expect(error).toBeUndefined();
      const row = await ownerDb().template.findFirst({ where: { id: (result as { id: string }).id }, select: { tenantId: true, serviceType: { select: { tenantId: true } } } });
      expect(row?.tenantId).toBe(w.b.tenant.id);
      expect(row?.serviceType?.tenantId ?? w.b.tenant.id).toBe(w.b.tenant.id);
    },
  },
  "calendar.get": { check: (o, w) => (excludesA(o, w), expect(JSON.stringify(o.result)).not.toContain(w.dayOffId)) },
  "calendar.update": { input: () => ({ workingDays: [1, 2, 3, 4], country: "DE", timezone: "Europe/Berlin" }), check: ({ error }) => expect(error).toBeUndefined() },
  "calendar.addDayOff": { input: (w) => ({ membershipId: w.a.admin.membership.id, date: "2099-01-02", note: null }), check: refused },
  "calendar.removeDayOff": { input: (w) => ({ id: w.dayOffId }), check: notFound },
  "calendar.setHolidayRegion": { input: (w) => ({ membershipId: w.a.tech.membership.id, region: null }), check: refused },
  // No input: each acts on the caller's own membership only.
  "calendarFeed.get": { check: ownFeedOnly },
  "calendarFeed.regenerate": { check: ownFeedOnly },
  "calendarFeed.revoke": { check: ownFeedOnly },

  // Each acts on the caller's own membership only; A's notification is unchanged (snapshot).
  "notifications.list": { input: () => ({}), check: ownNotificationsOnly },
  "notifications.unreadCount": { check: ({ result, error }) => expect({ result, error }).toEqual({ result: 0, error: undefined }) },
  "notifications.markRead": { input: () => ({ ids: [A_NOTIFICATION_ID] }), check: ({ result, error }) => expect({ result, error }).toEqual({ result: { count: 0 }, error: undefined }) },
  "notifications.markAllRead": { check: ({ error }) => expect(error).toBeUndefined() },

  "myDay.list": { check: withoutAProject },
  "projects.list": { input: () => ({}), check: withoutAProject },
  "projects.get": { input: () => ({ id: A_PROJECT_ID }), check: notFound },
  "projects.setCapturedDate": { input: () => ({ id: A_PROJECT_ID, dateKey: "portingDate", value: "2099-01-05" }), check: notFound },
  "projects.setStatus": { input: () => ({ id: A_PROJECT_ID, command: "hold", reason: "Probe" }), check: notFound },
  "projects.reassign": { input: (w) => ({ id: A_PROJECT_ID, role: "TECHNICIAN", membershipId: w.a.tech.membership.id }), check: notFound },
  "actions.start": { input: () => ({ id: A_ACTION_ID }), check: notFound },
  "actions.complete": { input: () => ({ id: A_ACTION_ID, capturedDate: null }), check: notFound },
  "actions.block": { input: () => ({ id: A_ACTION_ID, reason: "Probe" }), check: notFound },
  "actions.unblock": { input: () => ({ id: A_ACTION_ID }), check: notFound },
  "actions.move": { input: () => ({ id: A_ACTION_ID, dueDate: "2099-02-01", reason: "Probe" }), check: notFound },
  "actions.skip": { input: () => ({ id: A_ACTION_ID, reason: "Probe" }), check: notFound },
  "deals.markWonPlan": { input: (w) => ({ id: w.aCrm.deal.id }), check: notFound },

  "documents.list": { input: () => ({ projectId: A_PROJECT_ID }), check: notFound },
  "documents.delete": { input: () => ({ id: A_DOCUMENT_ID }), check: notFound },

  "live.changes": {
    // B's stream for a project id hears B's change to it, never A's change to the same id.
    input: () => ({ projectId: LIVE_PROJECT_ID }),
    check: async ({ result, error }, w) => {
      expect(error).toBeUndefined();
      await expectHearsOnlyOwnTenant(result as AsyncIterable<{ at: number }>, { own: w.b.tenant.id, other: w.a.tenant.id, projectId: LIVE_PROJECT_ID });
    },
  },
};

/** Procedures outside a tenant, and why they cannot reach a tenant's rows. */
const NOT_TENANT_SCOPED: Record<string, string> = {
  "identity.signup": "creates a new tenant; reads none",
  "identity.startLogin": "answers sso/magic-link for an email domain; never lists tenant data",
  "identity.requestMagicLink": "emails the address's owner; answers the same whatever exists",
  "identity.myTenants": "the signed-in person's own memberships",
  "identity.setMyLocale": "the signed-in person's own preference",
};

// At run time the router keeps its procedures in one flat record keyed "domain.name".
const flat = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta } }>;
const procedures = Object.entries(flat).map(([path, p]) => ({
  path,
  scope: p._def.meta?.scope,
}));
const tenantProcedures = procedures.filter((p) => p.scope === "tenant").map((p) => p.path);

function call(caller: ReturnType<typeof callerFor>, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (i: unknown) => Promise<unknown>)(input);
}
async function outcome(p: Promise<unknown>) {
  try {
    return { result: await p };
  } catch (error) {
    return { error };
  }
}

let w: World;
let idp: DevIdp;
let snapshotA: unknown;

const snapshot = async (tenantId: string) => {
  const db = ownerDb();
  return {
    members: await db.membership.findMany({ where: { tenantId }, select: { id: true, roles: true, holidayRegion: true, calendarFeedKey: true }, orderBy: { id: "asc" } }),
    invitations: await db.invitation.findMany({ where: { tenantId }, select: { id: true, revokedAt: true, acceptedAt: true } }),
    sso: await db.ssoConnection.findUnique({ where: { tenantId } }),
    domains: await db.emailDomain.findMany({ where: { tenantId } }),
    accounts: await db.account.findMany({ where: { tenantId }, orderBy: { id: "asc" } }),
    contacts: await db.contact.findMany({ where: { tenantId }, orderBy: { id: "asc" } }),
    serviceTypes: await db.serviceType.findMany({ where: { tenantId }, orderBy: { id: "asc" } }),
    stages: await db.pipelineStage.findMany({ where: { tenantId }, orderBy: { stage: "asc" } }),
    deals: await db.deal.findMany({ where: { tenantId }, orderBy: { id: "asc" } }),
    lines: await db.serviceLine.findMany({ where: { tenantId }, orderBy: { id: "asc" } }),
    subscriptions: await db.subscription.findMany({ where: { tenantId } }),
    calendar: await db.tenant.findUnique({ where: { id: tenantId }, select: { workingDays: true, country: true, region: true, timezone: true } }),
    templates: await db.template.findMany({ where: { tenantId }, orderBy: { id: "asc" } }),
    versions: await db.templateVersion.findMany({ where: { tenantId }, orderBy: { id: "asc" } }),
    daysOff: await db.dayOff.findMany({ where: { tenantId }, orderBy: { id: "asc" } }),
    documents: await db.projectDocument.findMany({ where: { tenantId }, orderBy: { id: "asc" } }),
    projects: await db.project.findMany({ where: { tenantId }, orderBy: { id: "asc" } }),
    actions: await db.action.findMany({ where: { tenantId }, orderBy: { id: "asc" } }),
    people: await db.projectMember.findMany({ where: { tenantId }, orderBy: { role: "asc" } }),
    events: await db.projectEvent.findMany({ where: { tenantId }, orderBy: { id: "asc" } }),
    notifications: await db.notification.findMany({ where: { tenantId }, select: { id: true, readAt: true }, orderBy: { id: "asc" } }),
  };
};

beforeAll(async () => {
  idp = await startDevIdp({ port: 0, issuer: "http://localhost:0", clients: [] });
  const a = await makeTenant("iso-a");
  const b = await makeTenant("iso-b");
  const inv = await callerFor(a.adminUser, a.slug).members.invite({ email: `new@${a.slug}.test`, roles: ["SALES"] });
  await callerFor(a.adminUser, a.slug).sso.addDomain({ domain: `${a.slug}.test` });
  await callerFor(a.adminUser, a.slug).sso.addDomain({ domain: `pending-${a.slug}.test` });
  const aCrm = await makeCrm(a);
  await provisionTenant(ownerDb(), a.tenant);
  const [template] = await ownerDb().template.findMany({ where: { tenantId: a.tenant.id, serviceType: { defaultTemplateId: { not: null } } }, take: 1 });
  const dayOff = await ownerDb().dayOff.create({ data: { tenantId: a.tenant.id, membershipId: a.admin.membership.id, date: new Date("2099-01-02") } });
  await ownerDb().membership.update({ where: { tenantId_id: { tenantId: a.tenant.id, id: a.tech.membership.id } }, data: { calendarFeedKey: A_FEED_KEY } });
  await ownerDb().notification.create({ data: { tenantId: a.tenant.id, id: A_NOTIFICATION_ID, membershipId: a.admin.membership.id, kind: "project.live", payload: { projectName: "A's project" }, dedupeKey: "isolation-probe" } });
  const version = await ownerDb().templateVersion.findFirstOrThrow({ where: { tenantId: a.tenant.id, templateId: template!.id, status: "PUBLISHED" } });
  // Its own service line: a line has one project at most, and aCrm.line stays free for others.
  const docsLine = await ownerDb().serviceLine.create({ data: { tenantId: a.tenant.id, dealId: aCrm.deal.id, serviceTypeId: aCrm.serviceType.id, quantity: 1, unitPrice: "1.00", frequency: "MONTHLY", commitmentMonths: 0, attributes: { extensions: 1 } } });
  await ownerDb().project.create({
    data: {
      tenantId: a.tenant.id, id: A_PROJECT_ID, name: "A's project", accountId: aCrm.account.id, dealId: aCrm.deal.id, serviceLineId: docsLine.id,
      templateId: template!.id, templateVersionId: version.id, targetGoLive: new Date("2099-01-31"),
      documents: { create: { id: A_DOCUMENT_ID, name: "a.pdf", contentType: "application/pdf", size: 1, storageKey: `${a.tenant.id}/${A_PROJECT_ID}/${A_DOCUMENT_ID}` } },
    },
  });
  await ownerDb().projectPhase.create({ data: { tenantId: a.tenant.id, id: A_PHASE_ID, projectId: A_PROJECT_ID, key: "order", position: 0, name: "Order", status: "ACTIVE" } });
  await ownerDb().action.create({
    data: { tenantId: a.tenant.id, id: A_ACTION_ID, projectId: A_PROJECT_ID, phaseId: A_PHASE_ID, key: "check-order", position: 0, title: "A's action", role: "TECHNICIAN", assigneeId: a.tech.membership.id, availableAt: new Date(), dueDate: new Date("2099-01-10") },
  });
  await ownerDb().projectMember.create({ data: { tenantId: a.tenant.id, projectId: A_PROJECT_ID, role: "TECHNICIAN", membershipId: a.tech.membership.id } });
  w = { a, b, aCrm, invitationId: inv.id, issuer: idp.url, templateId: template!.id, dayOffId: dayOff.id };
  snapshotA = await snapshot(a.tenant.id);
});
afterAll(async () => {
  await Promise.all([idp.close(), closeLive(), closeLiveProbe()]);
});

describe("the app router", () => {
  it("has tenant procedures to check", () => expect(tenantProcedures.length).toBeGreaterThan(5));

  it("declares a scope for every procedure", () => {
    expect(procedures.filter((p) => !p.scope).map((p) => p.path)).toEqual([]);
  });

  it("has a cross-tenant probe for every tenant procedure, and no stale probe", () => {
    expect(Object.keys(PROBES).sort()).toEqual([...tenantProcedures].sort());
  });

  it("lists every procedure that is not tenant-scoped, with a reason", () => {
    expect(procedures.filter((p) => p.scope !== "tenant").map((p) => p.path).sort()).toEqual(Object.keys(NOT_TENANT_SCOPED).sort());
  });
});

describe.each(tenantProcedures)("%s", (path) => {
  it("is NOT_FOUND for a member of another tenant on this tenant's URL", async () => {
    const { error } = await outcome(call(callerFor(w.b.adminUser, w.a.slug), path, PROBES[path]?.input?.(w)));
    notFound({ error });
  });

  it("is UNAUTHORIZED when signed out", async () => {
    const { error } = await outcome(call(callerFor(null, w.a.slug), path, PROBES[path]?.input?.(w)));
    expect((error as TRPCError).code).toBe("UNAUTHORIZED");
  });

  it("cannot reach the other tenant's rows from its own tenant", async () => {
    const probe = PROBES[path]!;
    await probe.check(await outcome(call(callerFor(w.b.adminUser, w.b.slug), path, probe.input?.(w))), w);
  });
});

describe("after every probe", () => {
  it("tenant A is exactly as it was", async () => {
    expect(await snapshot(w.a.tenant.id)).toEqual(snapshotA);
  });
});
