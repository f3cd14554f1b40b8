/**
 * The iCalendar feed end to end: the member turns it on through tRPC, a calendar app fetches
 * the URL through the real route handler (no session), and sees exactly that person's open,
 * available actions on running projects; a regenerated or turned-off address answers 404.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/calendar/[membershipId]/[token]/route";
import type { SessionUser } from "@/server/auth/session-user";
import type { ActionStatus, ProjectStatus } from "@/generated/prisma/enums";
import { parseFeed } from "../support/ical";
import { callerFor, makeCrm, makeTenant, ownerDb } from "../support/fixtures";

type World = Awaited<ReturnType<typeof makeTenant>>;
let t: World;
let crm: Awaited<ReturnType<typeof makeCrm>>;
let tech: ReturnType<typeof callerFor>;
let templateId: string;
let templateVersionId: string;
/** The actions that belong in the technician's feed, by id. */
const expected = new Map<string, string>();

/** What a calendar app does: GET the address, nothing else (the handler gets Next's params). */
async function fetchFeed(url: string) {
  const path = new URL(url).pathname;
  const [, , , membershipId = "", token = ""] = path.split("/");
  return GET(new Request(url), { params: Promise.resolve({ membershipId, token }) });
}

/** A project needs a deal's service line and a published template version; tests make their own. */
async function makeProject(name: string, status: ProjectStatus) {
  const db = ownerDb();
  const tenantId = t.tenant.id;
  const line = await db.serviceLine.create({
    data: { tenantId, dealId: crm.deal.id, serviceTypeId: crm.serviceType.id, quantity: 1, unitPrice: "8.50", frequency: "MONTHLY", commitmentMonths: 12, attributes: { extensions: 1 } },
  });
  const project = await db.project.create({
    data: { tenantId, name, accountId: crm.account.id, dealId: crm.deal.id, serviceLineId: line.id, templateId, templateVersionId, status, targetGoLive: new Date("2030-06-30") },
  });
  const phase = await db.projectPhase.create({ data: { tenantId, projectId: project.id, key: "install", position: 0, name: "Installation", status: "ACTIVE" } });
  return { project, phase };
}

let position = 0;
async function addAction(p: Awaited<ReturnType<typeof makeProject>>, a: { title: string; status: ActionStatus; assigneeId: string; available?: boolean; due?: string | null }) {
  position += 1;
  return ownerDb().action.create({
    data: {
      tenantId: t.tenant.id,
      projectId: p.project.id,
      phaseId: p.phase.id,
      key: `a${position}`,
      position,
      title: a.title,
      role: "TECHNICIAN",
      assigneeId: a.assigneeId,
      status: a.status,
      availableAt: a.available === false ? null : new Date("2030-03-01T08:00:00Z"),
      dueDate: a.due === null ? null : new Date(`${a.due ?? "2030-03-10"}T00:00:00Z`),
    },
  });
}

beforeAll(async () => {
  const db = ownerDb();
  t = await makeTenant("feed");
  crm = await makeCrm(t);
  const template = await db.template.create({ data: { tenantId: t.tenant.id, name: `Feed template ${t.slug}` } });
  const version = await db.templateVersion.create({ data: { tenantId: t.tenant.id, templateId: template.id, number: 1, status: "PUBLISHED", document: { phases: [] }, publishedAt: new Date() } });
  templateId = template.id;
  templateVersionId = version.id;

  const techId = t.tech.membership.id;
  const running = await makeProject("Bakery 3CX", "ACTIVE");
  const onHold = await makeProject("Paused fibre", "ON_HOLD");
  for (const [title, status, due] of [["Install the handsets", "TODO", "2030-03-04"], ["Configure the trunk", "IN_PROGRESS", "2030-03-05"], ["Port the numbers", "BLOCKED", "2030-03-06"]] as const) {
    const a = await addAction(running, { title, status, assigneeId: techId, due });
    expected.set(a.id, title);
  }
  await addAction(running, { title: "Already done", status: "DONE", assigneeId: techId });
  await addAction(running, { title: "Skipped", status: "SKIPPED", assigneeId: techId });
  await addAction(running, { title: "Not yet available", status: "TODO", assigneeId: techId, available: false });
  await addAction(running, { title: "No due date", status: "TODO", assigneeId: techId, due: null });
  await addAction(onHold, { title: "On a paused project", status: "TODO", assigneeId: techId });
  await addAction(running, { title: "The admin's own", status: "TODO", assigneeId: t.admin.membership.id });

  const techUser: SessionUser = { id: t.tech.user.id, email: t.tech.user.email, name: t.tech.user.name, signIn: { method: "email" } };
  tech = callerFor(techUser, t.slug);
});

describe("the calendar feed", () => {
  it("is off until the member creates it", async () => {
    expect(await tech.calendarFeed.get()).toEqual({ url: null });
  });

  it("serves exactly the member's open, available actions of running projects, as all-day events", async () => {
    const { url } = await tech.calendarFeed.regenerate();
    expect(url).toMatch(new RegExp(`^http://localhost:3999/api/calendar/${t.tech.membership.id}/[A-Za-z0-9_-]{43}\\.ics$`));
    expect(await tech.calendarFeed.get()).toEqual({ url });

    const res = await fetchFeed(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, max-age=300");
    expect(res.headers.get("x-robots-tag")).toBe("noindex");

    const feed = parseFeed(await res.text());
    expect(feed.name).toBe(`Switchboard — My actions (${t.tenant.name})`);
    expect(feed.events.map((e) => e.uid).sort()).toEqual([...expected.keys()].map((id) => `action-${id}@localhost`).sort());
    expect(feed.events.map((e) => [e.summary, e.start, e.end, e.allDay])).toEqual([
      [`Install the handsets — ${crm.account.name}`, "2030-03-04", "2030-03-05", true],
      [`Configure the trunk — ${crm.account.name}`, "2030-03-05", "2030-03-06", true],
      [`Port the numbers — ${crm.account.name}`, "2030-03-06", "2030-03-07", true],
    ]);
    const projectId = (await ownerDb().action.findFirstOrThrow({ where: { id: [...expected.keys()][0] } })).projectId;
    expect(feed.events[0]!.url).toBe(`http://localhost:3999/t/${t.slug}/projects/${projectId}`);
    expect(feed.events[0]!.description).toContain("Project: Bakery 3CX\nPhase: Installation");
  });

  it("is in the member's own language when they chose one", async () => {
    const { url } = await tech.calendarFeed.get();
    await ownerDb().user.update({ where: { id: t.tech.user.id }, data: { locale: "fr" } });
    try {
      expect(parseFeed(await (await fetchFeed(url!)).text()).name).toBe(`Switchboard — Mes actions (${t.tenant.name})`);
    } finally {
      await ownerDb().user.update({ where: { id: t.tech.user.id }, data: { locale: null } });
    }
  });

  it("answers 404, the same for each, to any address that opens nothing", async () => {
    const { url } = await tech.calendarFeed.get();
    const good = new URL(url!);
    const [, , , member = "", file = ""] = good.pathname.split("/");
    const variants = [
      `/api/calendar/${member}/${file.replace(/^./, (c) => (c === "A" ? "B" : "A"))}`,
      `/api/calendar/${member}/${file.replace(/\.ics$/, "")}`,
      `/api/calendar/${t.admin.membership.id}/${file}`,
      `/api/calendar/not-a-uuid/${file}`,
      `/api/calendar/01970000-0000-7000-8000-000000000000/${file}`,
    ];
    for (const path of variants) {
      const res = await fetchFeed(new URL(path, good).toString());
      expect(res.status, path).toBe(404);
      expect(res.headers.get("x-robots-tag")).toBe("noindex");
    }
  });

  it("after regenerating, the old address answers 404 and the new one works", async () => {
    const { url: old } = await tech.calendarFeed.get();
    const { url: fresh } = await tech.calendarFeed.regenerate();
    expect(fresh).not.toBe(old);
    expect((await fetchFeed(old!)).status).toBe(404);
    expect((await fetchFeed(fresh)).status).toBe(200);
  });

  it("after turning it off, no address works and there is none to show", async () => {
    const { url } = await tech.calendarFeed.get();
    expect(await tech.calendarFeed.revoke()).toEqual({ url: null });
    expect(await tech.calendarFeed.get()).toEqual({ url: null });
    expect((await fetchFeed(url!)).status).toBe(404);
    // Turning off what is off changes nothing and logs nothing.
    await tech.calendarFeed.revoke();
  });

  it("logs each change, without the key", async () => {
    const rows = await ownerDb().activity.findMany({ where: { tenantId: t.tenant.id, entityType: "Membership", entityId: t.tech.membership.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.action, r.actorId, r.before, r.after])).toEqual([
      ["calendar-feed.regenerated", t.tech.user.id, { feed: false }, { feed: true }],
      ["calendar-feed.regenerated", t.tech.user.id, { feed: true }, { feed: true }],
      ["calendar-feed.revoked", t.tech.user.id, { feed: true }, { feed: false }],
    ]);
  });
});
