/**
 * The deployment engine against real PostgreSQL and Redis, with the worker running in this
 * process: Mark Won creates the projects, completions cascade through the outbox and the
 * `events` queue to go-live and billing, a replayed event and a Redis that lost its jobs end
 * in the same state, a moved porting date re-dates around a French holiday, a project on hold
 * makes nothing available, and bad input is refused without writing anything.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/env";
import { localDate } from "@/server/calendar/business-days";
import { createDb, type Db } from "@/server/db/clients";
import { withTenant } from "@/server/db/tenant";
import { applyPendingEvents } from "@/server/deployments/apply-events";
import { provisionTenant } from "@/server/identity/provision-tenant";
import { logger } from "@/server/logger";
import { relayOutbox } from "../../jobs/outbox";
import { emailQueue, eventsQueue, redisConnection } from "../../jobs/queues";
import { startWorker } from "../../jobs/worker";
import { seedMember, seedPublishedTemplate } from "../../prisma/seed/factories";
import { callerFor, failure, makeTenant, ownerDb } from "../support/fixtures";

type Tenant = Awaited<ReturnType<typeof makeTenant>>;
let t: Tenant;
let admin: ReturnType<typeof callerFor>;
let appClient: Db;
let systemClient: Db;
let worker: Awaited<ReturnType<typeof startWorker>> | null = null;
let salesAdminId: string;

const workerOptions = () => ({
  db: systemClient,
  tenantDb: appClient,
  redisUrl: env().REDIS_URL,
  prefix: env().QUEUE_PREFIX,
  smtpUrl: "smtp://127.0.0.1:1",
  mailFrom: "Switchboard <no-reply@switchboard.test>",
  messageIdDomain: "switchboard.test",
  log: logger,
  relayEveryMs: 60_000,
});

/** Waits until the worker has applied every event of the project. */
async function settled(projectId: string, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if ((await ownerDb().projectEvent.count({ where: { projectId, status: "PENDING" } })) === 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`events of project ${projectId} still pending after ${timeoutMs} ms`);
}

const actionsOf = (projectId: string) =>
  ownerDb().action.findMany({ where: { projectId }, orderBy: { position: "asc" }, select: { id: true, key: true, status: true, availableAt: true, dueDate: true, assigneeId: true, role: true } });
const actionId = async (projectId: string, key: string) => {
  const found = (await actionsOf(projectId)).find((a) => a.key === key);
  if (!found) throw new Error(`no action ${key}`);
  return found.id;
};
/** Completes actions one after another, as people would, each once the cascade made it available. */
async function complete(projectId: string, ...keys: string[]) {
  for (const key of keys) {
    await admin.actions.complete({ id: await actionId(projectId, key), capturedDate: key === "porting-date" ? "2030-12-26" : null });
    await settled(projectId);
  }
}
const snapshot = async (projectId: string) => ({
  project: await ownerDb().project.findFirst({ where: { id: projectId }, select: { status: true, capturedDates: true, goLiveDate: true } }),
  phases: await ownerDb().projectPhase.findMany({ where: { projectId }, orderBy: { position: "asc" }, select: { key: true, status: true } }),
  actions: (await actionsOf(projectId)).map((a) => ({ ...a, availableAt: a.availableAt !== null })),
});

/** A won deal with two 3CX lines: one porting three numbers, one porting none (or that one alone). */
async function winDeal(label: string, { plainOnly = false } = {}) {
  const db = ownerDb();
  const tenantId = t.tenant.id;
  const threeCx = await db.serviceType.findFirstOrThrow({ where: { tenantId, name: "Standard 3CX hébergé" } });
  const account = await db.account.create({ data: { tenantId, name: `Client ${label}`, technicianId: t.tech.membership.id, salesAdminId } });
  const contact = await db.contact.create({ data: { tenantId, accountId: account.id, firstName: "Nolwenn", lastName: "Le Roux", roles: ["TECHNICAL"] } });
  const deal = await db.deal.create({ data: { tenantId, accountId: account.id, name: `Deal ${label}`, targetCloseDate: new Date("2031-03-31"), currency: "EUR" } });
  const line = (numbersToPort: number, position: number) =>
    db.serviceLine.create({ data: { tenantId, dealId: deal.id, serviceTypeId: threeCx.id, quantity: 5, unitPrice: "8.50", frequency: "MONTHLY", position, attributes: { extensions: 5, numbersToPort, onSiteInstallation: false } } });
  const porting = plainOnly ? null : await line(3, 0);
  const plain = await line(0, 1);
  const won = await admin.deals.markWon({ id: deal.id });
  const projects = await db.project.findMany({ where: { dealId: deal.id }, select: { id: true, serviceLineId: true } });
  const of = (lineId: string | undefined) => projects.find((p) => p.serviceLineId === lineId)?.id ?? "";
  return { account, contact, deal, won, porting: of(porting?.id), plain: of(plain.id), portingLine: porting?.id ?? "" };
}

beforeAll(async () => {
  t = await makeTenant("deploy");
  await ownerDb().tenant.update({ where: { id: t.tenant.id }, data: { country: "FR", region: null, timezone: "Europe/Paris", locale: "fr" } });
  await provisionTenant(ownerDb(), { id: t.tenant.id, locale: "fr", country: "FR" });
  salesAdminId = (await seedMember(ownerDb(), t.tenant.id, { email: `ada@${t.slug}.test`, name: "Ada Admin-Ventes", roles: ["SALES_ADMIN"] })).membership.id;
  await seedMember(ownerDb(), t.tenant.id, { email: `mark@${t.slug}.test`, name: "Mark Manager", roles: ["MANAGER"] });
  admin = callerFor(t.adminUser, t.slug);
  appClient = createDb(env().APP_DATABASE_URL, 4);
  systemClient = createDb(env().SYSTEM_DATABASE_URL, 2);
  worker = await startWorker(workerOptions());
});

afterAll(async () => {
  await worker?.close();
  await Promise.all([appClient.$disconnect(), systemClient.$disconnect()]);
});

describe("Mark Won", () => {
  it("creates one running project per installable line, only with the actions the line's attributes call for", async () => {
    const w = await winDeal("mw");
    expect(w.won.projectIds).toHaveLength(2);
    const porting = await actionsOf(w.porting);
    const plain = await actionsOf(w.plain);
    expect(porting.map((a) => a.key)).toEqual(expect.arrayContaining(["send-mandate", "submit-porting", "porting-date", "port-numbers"]));
    expect(plain.map((a) => a.key)).not.toContain("submit-porting");
    expect(plain.map((a) => a.key)).not.toContain("port-numbers");
    // The first phase started: its PHASE_START actions are available with due dates, the rest wait.
    const available = porting.filter((a) => a.availableAt !== null);
    expect(available.map((a) => a.key).sort()).toEqual(["check-order", "send-mandate"]);
    expect(available.every((a) => a.dueDate !== null)).toBe(true);
    expect(porting.find((a) => a.key === "sign-mandate")).toMatchObject({ availableAt: null, dueDate: null });
    // Roles resolved from the customer file; the carrier's action is followed by the sales admin.
    expect(porting.find((a) => a.key === "porting-date")).toMatchObject({ role: "CARRIER", assigneeId: salesAdminId });
    expect(porting.find((a) => a.key === "create-instance")?.assigneeId).toBe(t.tech.membership.id);
    const customer = await ownerDb().action.findFirstOrThrow({ where: { projectId: w.porting, key: "sign-mandate" }, select: { contactId: true } });
    expect(customer.contactId).toBe(w.contact.id);
    expect(await ownerDb().subscription.count({ where: { serviceLineId: w.portingLine, status: "PENDING" } })).toBe(1);
  });

  it("refuses a line whose template is archived, naming the line, and writes nothing", async () => {
    const db = ownerDb();
    const tenantId = t.tenant.id;
    const fibre = await db.serviceType.findFirstOrThrow({ where: { tenantId, name: { contains: "FTTO" } }, select: { id: true, name: true, defaultTemplateId: true } });
    await db.template.update({ where: { tenantId_id: { tenantId, id: fibre.defaultTemplateId! } }, data: { archived: true } });
    const account = await db.account.create({ data: { tenantId, name: "Client fibre" } });
    const deal = await db.deal.create({ data: { tenantId, accountId: account.id, name: "Fibre", targetCloseDate: new Date("2031-01-31"), currency: "EUR" } });
    await db.serviceLine.create({ data: { tenantId, dealId: deal.id, serviceTypeId: fibre.id, quantity: 1, unitPrice: "390.00", frequency: "MONTHLY", attributes: { bandwidth: "1G", siteAddress: "1 rue de Brest" } } });
    const refused = await failure(admin.deals.markWon({ id: deal.id }));
    expect(refused.fieldErrors.lines?.[0]).toContain(encodeURIComponent(fibre.name).replaceAll("%20", "+").slice(0, 6));
    expect(await db.deal.findFirst({ where: { id: deal.id }, select: { stage: true } })).toEqual({ stage: "NEW" });
    expect(await db.project.count({ where: { dealId: deal.id } })).toBe(0);
    expect(await db.subscription.count({ where: { accountId: account.id } })).toBe(0);
    await db.template.update({ where: { tenantId_id: { tenantId, id: fibre.defaultTemplateId! } }, data: { archived: false } });
  });

  it("goes live at once when the template has nothing to do for the line: billing starts on the won day", async () => {
    const db = ownerDb();
    const tenantId = t.tenant.id;
    const type = await db.serviceType.create({ data: { tenantId, name: "Licence upgrade", requiresInstallation: true, defaultUnitPrice: "5.00", currency: "EUR", defaultFrequency: "MONTHLY", attributeSchema: [] } });
    await seedPublishedTemplate(db, tenantId, type.id, { phases: [{ id: "go-live", name: "Mise en service", goLive: true, actions: [] }] });
    const account = await db.account.create({ data: { tenantId, name: "Client licence" } });
    const deal = await db.deal.create({ data: { tenantId, accountId: account.id, name: "Licences", targetCloseDate: new Date("2031-01-31"), currency: "EUR" } });
    await db.serviceLine.create({ data: { tenantId, dealId: deal.id, serviceTypeId: type.id, quantity: 3, unitPrice: "5.00", frequency: "MONTHLY", attributes: {} } });
    const won = await admin.deals.markWon({ id: deal.id });
    const [id] = won.projectIds;
    expect((await snapshot(id!)).project).toMatchObject({ status: "LIVE" });
    expect(await db.subscription.findFirst({ where: { accountId: account.id }, select: { status: true } })).toEqual({ status: "ACTIVE" });
    expect((await db.account.findFirstOrThrow({ where: { id: account.id } })).status).toBe("ACTIVE");
  });
});

describe("the cascade", () => {
  it("drives a project to go-live: the subscription is active from the go-live date and the account ACTIVE", async () => {
    const w = await winDeal("live", { plainOnly: true });
    await complete(w.plain, "check-order", "create-instance", "configure", "remote-setup", "train-users", "approve", "activate-billing", "hand-over-support");
    const { project } = await snapshot(w.plain);
    const today = localDate(new Date(), "Europe/Paris");
    expect(project).toMatchObject({ status: "LIVE" });
    expect(project?.goLiveDate?.toISOString().slice(0, 10)).toBe(today);
    const sub = await ownerDb().subscription.findFirstOrThrow({ where: { serviceLine: { project: { id: w.plain } } }, select: { status: true, startDate: true } });
    expect(sub.status).toBe("ACTIVE");
    expect(sub.startDate?.toISOString().slice(0, 10)).toBe(today);
    expect((await ownerDb().account.findFirstOrThrow({ where: { id: w.account.id } })).status).toBe("ACTIVE");
    expect(await ownerDb().projectEvent.count({ where: { projectId: w.plain, type: "project.live" } })).toBe(1);
  });

  it("moves a captured porting date: its dependants are re-dated, skipping 25 December", async () => {
    const w = await winDeal("redate");
    await complete(w.porting, "check-order", "send-mandate", "sign-mandate", "create-instance", "submit-porting", "porting-date", "configure", "remote-setup");
    const cutover = () => ownerDb().action.findFirstOrThrow({ where: { projectId: w.porting, key: "prepare-cutover" }, select: { dueDate: true, availableAt: true } });
    // Captured 26 December 2030, a Thursday: two business days before is Monday 23 (Christmas Day is a holiday).
    expect((await cutover()).dueDate?.toISOString().slice(0, 10)).toBe("2030-12-23");
    await admin.projects.setCapturedDate({ id: w.porting, dateKey: "portingDate", value: "2031-01-02" });
    await settled(w.porting);
    // Thursday 2 January 2031 − 2: Monday 30 December (1 January is a holiday).
    expect((await cutover()).dueDate?.toISOString().slice(0, 10)).toBe("2030-12-30");
    const log = await ownerDb().activity.findMany({ where: { entityId: w.porting, action: { in: ["project.date-changed", "action.redated"] } }, select: { action: true, before: true, after: true } });
    expect(log).toContainEqual({ action: "project.date-changed", before: { portingDate: "2030-12-26" }, after: { portingDate: "2031-01-02" } });
  });

  it("ends in the same state when an event is delivered twice, and after Redis lost its jobs", async () => {
    const w = await winDeal("replay");
    await worker?.close();
    worker = null;
    await admin.actions.complete({ id: await actionId(w.plain, "check-order"), capturedDate: null });
    // Redis restarts empty: the job is gone, the event row is not.
    const redis = new Redis(env().REDIS_URL);
    const keys = await redis.keys(`${env().QUEUE_PREFIX}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    worker = await startWorker(workerOptions());
    const queues = { email: emailQueue({ connection: redisConnection(env().REDIS_URL), prefix: env().QUEUE_PREFIX }), events: eventsQueue({ connection: redisConnection(env().REDIS_URL), prefix: env().QUEUE_PREFIX }) };
    expect((await relayOutbox(systemClient, queues, new Date(Date.now() + 60_000))).events).toBeGreaterThanOrEqual(1);
    await settled(w.plain);
    const once = await snapshot(w.plain);
    expect(once.phases[0]?.status).toBe("DONE");
    // The same event again, directly and through the queue: nothing changes.
    const [event] = await ownerDb().projectEvent.findMany({ where: { projectId: w.plain, type: "action.completed" }, select: { id: true } });
    await withTenant(t.tenant.id, (db) => applyPendingEvents(db, event!.id), { base: appClient });
    await ownerDb().projectEvent.update({ where: { tenantId_id: { tenantId: t.tenant.id, id: event!.id } }, data: { status: "PENDING" } });
    await queues.events.add("apply", { tenantId: t.tenant.id, eventId: event!.id }, { jobId: `${event!.id}-again` });
    await settled(w.plain);
    expect(await snapshot(w.plain)).toEqual(once);
    await Promise.all([queues.email.close(), queues.events.close()]);
  });

  it("makes nothing available on a project on hold, and its actions leave My day", async () => {
    const w = await winDeal("hold");
    await complete(w.plain, "check-order");
    const tech = callerFor({ id: t.tech.user.id, email: t.tech.user.email, name: t.tech.user.name, signIn: { method: "email" } }, t.slug);
    const before = (await tech.myDay.list()).actions.filter((a) => a.project.id === w.plain);
    expect(before.map((a) => a.title)).toContain("Créer l'instance 3CX et la licence");
    await admin.projects.setStatus({ id: w.plain, command: "hold", reason: "Le client déménage" });
    expect((await tech.myDay.list()).actions.filter((a) => a.project.id === w.plain)).toEqual([]);
    const refused = await failure(admin.actions.complete({ id: await actionId(w.plain, "create-instance"), capturedDate: null }));
    expect(refused).toMatchObject({ code: "CONFLICT", fieldErrors: { _: ["projectNotActive"] } });
    await admin.projects.setStatus({ id: w.plain, command: "resume", reason: null });
    await settled(w.plain);
    expect((await tech.myDay.list()).actions.filter((a) => a.project.id === w.plain).length).toBe(before.length);
  });
});

describe("refusals write nothing", () => {
  it("refuses an unavailable action, a block without a reason, a due date in the past and a foreign id", async () => {
    const w = await winDeal("bad");
    const unavailable = await actionId(w.porting, "sign-mandate");
    expect(await failure(admin.actions.complete({ id: unavailable, capturedDate: null }))).toMatchObject({ code: "CONFLICT", fieldErrors: { _: ["actionNotAvailable"] } });
    const open = await actionId(w.porting, "check-order");
    expect(await failure(admin.actions.block({ id: open, reason: "  " }))).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { reason: ["reasonRequired"] } });
    expect(await failure(admin.actions.move({ id: open, dueDate: "2020-01-02", reason: "Retard fournisseur" }))).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { dueDate: ["dueDateInPast"] } });
    expect(await failure(admin.actions.complete({ id: await actionId(w.porting, "porting-date"), capturedDate: null }))).toMatchObject({ code: "CONFLICT" });
    expect((await failure(admin.projects.get({ id: "0193c2a0-0000-7000-8000-000000000000" }))).code).toBe("NOT_FOUND");
    const rows = await actionsOf(w.porting);
    expect(rows.find((a) => a.id === open)?.status).toBe("TODO");
    expect(rows.find((a) => a.id === unavailable)?.status).toBe("TODO");
    expect(await ownerDb().projectEvent.count({ where: { projectId: w.porting } })).toBe(0);
  });
});
