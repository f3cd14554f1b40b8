/**
 * Blocked-action escalation and the notification bell against the real database and Redis:
 * the job escalates a blocked action once its delay has passed, once per period, only on
 * active projects, to the project's manager (else every manager and admin); replays notify
 * once; the bell's procedures read and mark only the caller's own notifications; the delay is
 * a calendar setting. Dates are in March 2030 (no English holiday), ahead of the real clock,
 * so a run at the real time (the scheduled job's) finds nothing due among them.
 */
import { QueueEvents, Worker, type Job } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/env";
import type { SessionUser } from "@/server/auth/session-user";
import { createDb, type Db } from "@/server/db/clients";
import { withTenant } from "@/server/db/tenant";
import { notifyBlocked, NOTIFICATIONS_PAGE } from "@/server/deployments/notifications";
import { ESCALATION, runEscalations, scheduleEscalation } from "../../jobs/escalation";
import { maintenanceHandler } from "../../jobs/maintenance";
import { maintenanceQueue, QUEUE_NAMES, redisConnection } from "../../jobs/queues";
import { seedMember } from "../../prisma/seed/factories";
import { callerFor, failure, makeCrm, makeTenant, ownerDb } from "../support/fixtures";

type T = Awaited<ReturnType<typeof makeTenant>>;
let t: T;
let crm: Awaited<ReturnType<typeof makeCrm>>;
let manager: Awaited<ReturnType<typeof seedMember>>;
let managerUser: SessionUser;
let system: Db;
let app: Db;
const deps = () => ({ db: system, tenantDb: app });

/** A project on a line of its own (one project per line), with one phase and one blocked action. */
async function blockedProject(label: string, o: { status?: "ACTIVE" | "ON_HOLD"; managerId?: string; blockedAt: Date }) {
  const db = ownerDb();
  const tenantId = t.tenant.id;
  const line = await db.serviceLine.create({ data: { tenantId, dealId: crm.deal.id, serviceTypeId: crm.serviceType.id, quantity: 1, unitPrice: "1.00", frequency: "MONTHLY", commitmentMonths: 0, attributes: { extensions: 1 } } });
  const template = await db.template.create({ data: { tenantId, name: `Escalation ${label} ${t.slug}`, serviceTypeId: crm.serviceType.id } });
  const version = await db.templateVersion.create({ data: { tenantId, templateId: template.id, number: 1, status: "PUBLISHED", document: { phases: [] }, publishedAt: new Date() } });
  const project = await db.project.create({
    data: { tenantId, name: `Project ${label}`, accountId: crm.account.id, dealId: crm.deal.id, serviceLineId: line.id, templateId: template.id, templateVersionId: version.id, status: o.status ?? "ACTIVE", targetGoLive: new Date("2030-06-28") },
  });
  if (o.managerId) await db.projectMember.create({ data: { tenantId, projectId: project.id, role: "MANAGER", membershipId: o.managerId } });
  const phase = await db.projectPhase.create({ data: { tenantId, projectId: project.id, key: "p1", position: 0, name: "Install", status: "ACTIVE" } });
  const action = await db.action.create({
    data: { tenantId, projectId: project.id, phaseId: phase.id, key: "a1", position: 0, title: `Port the numbers (${label})`, role: "TECHNICIAN", assigneeId: t.tech.membership.id, status: "BLOCKED", blockedAt: o.blockedAt, blockedReason: "Carrier refused the LOA" },
  });
  return { project, action };
}

const escalationsOf = (actionId: string) => ownerDb().notification.findMany({ where: { tenantId: t.tenant.id, actionId, kind: "action.escalated" }, orderBy: { createdAt: "asc" } });
const escalatedAt = async (actionId: string) => (await ownerDb().action.findFirstOrThrow({ where: { tenantId: t.tenant.id, id: actionId }, select: { escalatedAt: true } })).escalatedAt;

beforeAll(async () => {
  system = createDb(env().SYSTEM_DATABASE_URL, 2);
  app = createDb(env().APP_DATABASE_URL, 2);
  t = await makeTenant("esc");
  crm = await makeCrm(t);
  manager = await seedMember(ownerDb(), t.tenant.id, { email: `manager@${t.slug}.test`, name: "Esc Manager", roles: ["MANAGER"] });
  managerUser = { id: manager.user.id, email: manager.user.email, name: manager.user.name, signIn: { method: "email" } };
});
afterAll(async () => {
  await Promise.all([system.$disconnect(), app.$disconnect()]);
});

describe("the escalation job", () => {
  // Blocked on Monday 4 March 2030 at 10:00 in London; the tenant's delay is 1 business day.
  const monday = new Date("2030-03-04T10:00:00Z");

  it("escalates once the delay has passed, once per period, to the project's manager", async () => {
    const { action } = await blockedProject("main", { managerId: manager.membership.id, blockedAt: monday });

    await runEscalations(deps(), new Date("2030-03-04T17:00:00Z"));
    expect(await escalationsOf(action.id)).toEqual([]);
    expect(await escalatedAt(action.id)).toBeNull();

    const tuesday = new Date("2030-03-05T08:00:00Z");
    await runEscalations(deps(), tuesday);
    const first = await escalationsOf(action.id);
    expect(first).toEqual([expect.objectContaining({ membershipId: manager.membership.id, payload: { actionTitle: "Port the numbers (main)", projectName: "Project main", reason: "Carrier refused the LOA", days: 1 } })]);
    expect(await escalatedAt(action.id)).toEqual(tuesday);

    // Later the same day, and a concurrent double run: nothing more.
    const later = new Date("2030-03-05T14:00:00Z");
    await Promise.all([runEscalations(deps(), later), runEscalations(deps(), later)]);
    expect(await escalationsOf(action.id)).toHaveLength(1);
    expect(await escalatedAt(action.id)).toEqual(tuesday);

    await runEscalations(deps(), new Date("2030-03-06T08:00:00Z"));
    const second = await escalationsOf(action.id);
    expect(second.map((n) => (n.payload as { days: number }).days)).toEqual([1, 2]);

    const activity = await ownerDb().activity.findMany({ where: { tenantId: t.tenant.id, entityType: "Action", entityId: action.id, action: "action.escalated" } });
    expect(activity).toHaveLength(2);
    expect(activity[0]).toMatchObject({ actorId: null, after: expect.objectContaining({ period: 1, recipients: [manager.membership.id] }) });
  });

  it("leaves projects on hold alone", async () => {
    const { action } = await blockedProject("held", { status: "ON_HOLD", managerId: manager.membership.id, blockedAt: monday });
    await runEscalations(deps(), new Date("2030-03-08T08:00:00Z"));
    expect(await escalationsOf(action.id)).toEqual([]);
    expect(await escalatedAt(action.id)).toBeNull();
  });

  it("without a project manager, tells every manager and admin", async () => {
    const { action } = await blockedProject("orphan", { blockedAt: monday });
    await runEscalations(deps(), new Date("2030-03-05T08:00:00Z"));
    const to = (await escalationsOf(action.id)).map((n) => n.membershipId).sort();
    expect(to).toEqual([t.admin.membership.id, manager.membership.id].sort());
  });

  it("is scheduled every quarter hour on the maintenance queue, and the worker dispatches it by name", async () => {
    const connection = redisConnection(env().REDIS_URL);
    const queue = maintenanceQueue({ connection, prefix: env().QUEUE_PREFIX });
    const events = new QueueEvents(QUEUE_NAMES.maintenance, { connection: redisConnection(env().REDIS_URL), prefix: env().QUEUE_PREFIX });
    const worker = new Worker(QUEUE_NAMES.maintenance, maintenanceHandler(deps()), { connection: redisConnection(env().REDIS_URL), prefix: env().QUEUE_PREFIX });
    try {
      await scheduleEscalation(queue);
      await scheduleEscalation(queue);
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.filter((s) => s.key === ESCALATION.scheduler)).toEqual([expect.objectContaining({ pattern: "*/15 * * * *", tz: "UTC" })]);
      await events.waitUntilReady();
      // At the real time: the 2030 blocks above are not due, so nothing of theirs changes.
      const job = await queue.add(ESCALATION.job, {});
      expect(await job.waitUntilFinished(events, 15_000)).toEqual({ tenants: expect.any(Number), escalated: expect.any(Number) });
      await expect(maintenanceHandler(deps())({ name: "nope", data: {} } as Job)).rejects.toThrow(/No maintenance job/);
    } finally {
      await queue.removeJobScheduler(ESCALATION.scheduler);
      await Promise.all([worker.close(), events.close(), queue.close()]);
      connection.disconnect();
    }
  });
});

describe("notifications", () => {
  it("a replayed block notifies each recipient once, and not the person who blocked", async () => {
    const { project, action } = await blockedProject("replay", { managerId: manager.membership.id, blockedAt: new Date("2030-03-11T09:00:00Z") });
    const notice = { projectId: project.id, actionId: action.id, actionTitle: action.title, projectName: project.name, reason: "Waiting", byName: "Tech", blockedAt: action.blockedAt! };
    const write = () => withTenant(t.tenant.id, (db) => notifyBlocked(db, notice), { base: app });
    expect((await write()).created).toBe(1);
    expect((await write()).created).toBe(0);
    const self = await withTenant(t.tenant.id, (db) => notifyBlocked(db, { ...notice, blockedAt: new Date("2030-03-12T09:00:00Z"), actorMembershipId: manager.membership.id }), { base: app });
    expect(self.created).toBe(0);
    expect(await ownerDb().notification.count({ where: { tenantId: t.tenant.id, actionId: action.id, kind: "action.blocked" } })).toBe(1);
  });

  it("the bell lists, counts and marks the caller's own notifications", async () => {
    const bell = callerFor(managerUser, t.slug).notifications;
    const mine = await ownerDb().notification.count({ where: { tenantId: t.tenant.id, membershipId: manager.membership.id } });
    expect(mine).toBeGreaterThan(2);
    const page = await bell.list({});
    expect(page.items).toHaveLength(mine);
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((n) => n.createdAt.getTime())).toEqual([...page.items.map((n) => n.createdAt.getTime())].sort((a, b) => b - a));
    expect(await bell.unreadCount()).toBe(mine);

    expect(await bell.markRead({ ids: [page.items[0]!.id] })).toEqual({ count: 1 });
    expect(await bell.unreadCount()).toBe(mine - 1);
    expect((await bell.list({})).items[0]!.readAt).toBeInstanceOf(Date);

    // The admin's own notification is not the manager's to mark.
    const admins = await ownerDb().notification.findMany({ where: { tenantId: t.tenant.id, membershipId: t.admin.membership.id }, select: { id: true } });
    expect(admins.length).toBeGreaterThan(0);
    expect(await bell.markRead({ ids: admins.map((n) => n.id) })).toEqual({ count: 0 });
    expect(await ownerDb().notification.count({ where: { tenantId: t.tenant.id, membershipId: t.admin.membership.id, readAt: { not: null } } })).toBe(0);

    expect(await bell.markAllRead()).toEqual({ count: mine - 1 });
    expect(await bell.unreadCount()).toBe(0);
    expect((await failure(bell.markRead({ ids: ["not-a-uuid"] }))).code).toBe("BAD_REQUEST");
  });

  it("pages newest first", async () => {
    const db = ownerDb();
    const tech = callerFor({ id: t.tech.user.id, email: t.tech.user.email, name: t.tech.user.name, signIn: { method: "email" } }, t.slug).notifications;
    const base = Date.parse("2030-04-01T00:00:00Z");
    await db.notification.createMany({
      data: Array.from({ length: NOTIFICATIONS_PAGE + 5 }, (_, i) => ({ tenantId: t.tenant.id, membershipId: t.tech.membership.id, kind: "project.live", payload: { projectName: `P${i}` }, dedupeKey: `page:${i}`, createdAt: new Date(base + i * 60_000) })),
    });
    const first = await tech.list({});
    expect(first.items.map((n) => n.payload.projectName)).toEqual(Array.from({ length: NOTIFICATIONS_PAGE }, (_, i) => `P${NOTIFICATIONS_PAGE + 4 - i}`));
    const second = await tech.list({ cursor: first.nextCursor });
    expect(second.items.map((n) => n.payload.projectName)).toEqual(["P4", "P3", "P2", "P1", "P0"]);
    expect(second.nextCursor).toBeNull();
  });
});

describe("the escalation delay setting", () => {
  const week = { workingDays: [1, 2, 3, 4, 5], country: "GB", region: "ENG", timezone: "Europe/London" };

  it("is a calendar setting of 1 to 20 business days, logged, kept when omitted", async () => {
    const admin = callerFor(t.adminUser, t.slug);
    expect((await admin.calendar.get()).escalationDelayDays).toBe(1);
    await admin.calendar.update({ ...week, escalationDelayDays: 3 });
    expect((await admin.calendar.get()).escalationDelayDays).toBe(3);
    await admin.calendar.update(week);
    expect((await admin.calendar.get()).escalationDelayDays).toBe(3);
    for (const bad of [0, 21, 2.5]) {
      expect(await failure(admin.calendar.update({ ...week, escalationDelayDays: bad }))).toEqual({ code: "BAD_REQUEST", fieldErrors: { escalationDelayDays: ["escalationDelayDays"] } });
    }
    const logged = await ownerDb().activity.findMany({ where: { tenantId: t.tenant.id, action: "calendar.updated" }, orderBy: { createdAt: "asc" }, select: { after: true } });
    expect(logged.map((a) => (a.after as { escalationDelayDays: number }).escalationDelayDays)).toEqual([3, 3]);
    await admin.calendar.update({ ...week, escalationDelayDays: 1 });
  });
});
