/**
 * The deployment bench's tenant: 50 staff, the default catalogue and templates (its 3CX
 * template at version 2, 20 actions), and 2,000 running projects of one 3CX line each — 40,000
 * actions spread over every phase, done, open, started, blocked or waiting — written in large
 * batches (createMany for the 2,000-row tables; for phases, actions, project members and
 * events, one INSERT … SELECT FROM unnest(arrays) per 10,000 rows, many times faster than
 * Prisma's createMany); one technician has exactly `techAvailable` available open actions.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { Prisma } from "../../src/generated/prisma/client";
import type { ActionStatus, Role } from "../../src/generated/prisma/enums";
import { localDate, type IsoDate } from "../../src/server/calendar/business-days";
import { businessCalendar } from "../../src/server/calendar/member-calendar";
import { attributeSchema, type AttributeValues } from "../../src/server/crm/attributes";
import type { Db } from "../../src/server/db/clients";
import { TENANT_REF_SELECT, toTenantRef, type TenantRef } from "../../src/server/db/tenant-context";
import { initialProject } from "../../src/server/deployments/engine/initial";
import { isOpen, type EngineContext, type EngineProject } from "../../src/server/deployments/engine/state";
import { provisionTenant } from "../../src/server/identity/provision-tenant";
import { actionsOf, templateDocumentSchema } from "../../src/server/templates/document";
import { validateTemplate } from "../../src/server/templates/validate";
import { seedMember, seedTenant } from "../../prisma/seed/factories";
import { seeded, simulateProject, withTeamAdditions } from "./deployments-data";

export type BenchProject = { id: string; state: EngineProject; ctx: EngineContext; actionIds: Map<string, string> };
export type DeploymentWorld = {
  tenantRef: TenantRef;
  admin: { user: { id: string; name: string }; membership: { id: string; roles: Role[] } };
  tech: string;
  techAvailable: number;
  projects: BenchProject[];
  counts: { projects: number; actions: number; staff: number; actionsPerProject: number; available: number; done: number };
  /** For Mark Won: the 3CX service type, and who the won accounts' files name (not `tech`). */
  threeCx: string;
  file: { salesRepId: string; salesAdminId: string; technicianId: string };
  ctxFor: (attributes: AttributeValues) => EngineContext;
};

const STAFF: [Role[], number, string][] = [[["MANAGER"], 2, "manager"], [["TECHNICIAN"], 20, "tech"], [["SALES_ADMIN"], 10, "sadmin"], [["SALES"], 10, "sales"], [["SUPPORT"], 7, "support"]];
const BATCH = 1_000;
const ids = (n: number) => Array.from({ length: n }, () => randomUUID());

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

/** A value as PostgreSQL reads it from a text array: instants in UTC (the columns are UTC timestamps), JSON as text. */
const toSql = (v: unknown) => (v === undefined || v === null ? null : v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : v);

/** `rows` into `table`, 10,000 per statement: each column travels as one array of `types[column]`, and unnest turns the arrays back into rows. */
async function insertMany<T extends object>(pool: pg.Pool, table: string, types: Partial<Record<keyof T & string, string>>, rows: T[]) {
  const columns = Object.keys(types) as (keyof T & string)[];
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${types[c]}[]`).join(", ")})`;
  for (let i = 0; i < rows.length; i += 10_000) {
    const batch = rows.slice(i, i + 10_000);
    await pool.query(sql, columns.map((c) => batch.map((r) => toSql(r[c]))));
  }
}

const TS = "timestamp(3)";
const PHASE_TYPES = { tenantId: "uuid", id: "uuid", projectId: "uuid", key: "text", position: "int4", name: "text", goLive: "bool", status: '"PhaseStatus"', startedAt: TS, doneAt: TS } as const;
const ACTION_TYPES = {
  tenantId: "uuid", id: "uuid", projectId: "uuid", phaseId: "uuid", key: "text", position: "int4", title: "text", description: "text", role: '"ActionRole"', assigneeId: "uuid", contactId: "uuid",
  status: '"ActionStatus"', availableAt: TS, dueDate: "date", doneAt: TS, doneById: "uuid", startedAt: TS, blockedAt: TS, blockedReason: "text", captureKey: "text", captureLabel: "text", capturedDate: "date", updatedAt: TS,
} as const;
const MEMBER_TYPES = { tenantId: "uuid", projectId: "uuid", role: '"Role"', membershipId: "uuid" } as const;
const EVENT_TYPES = { tenantId: "uuid", id: "uuid", projectId: "uuid", type: "text", payload: "jsonb", status: '"EventStatus"', createdAt: TS, processedAt: TS } as const;

/** An instant on a calendar day of the tenant (London), never in the future. */
const at = (day: IsoDate, hour: number) => new Date(Math.min(Date.parse(`${day}T${String(hour).padStart(2, "0")}:00:00Z`), Date.now() - 60_000));
const asDate = (day: IsoDate | null) => (day ? new Date(`${day}T00:00:00Z`) : null);

export async function seedDeployments(owner: Db, pool: pg.Pool, { projects: count = 2_000, techAvailable = 300 } = {}): Promise<DeploymentWorld> {
  const tenant = await seedTenant(owner, { slug: "bench-deploy", name: "Bench Deployments" });
  const tenantId = tenant.id;
  await provisionTenant(owner, { id: tenantId, locale: "en", country: "GB" });
  const admin = await seedMember(owner, tenantId, { email: "admin@deploy.bench.test", name: "Ada Admin", roles: ["ADMIN", "MANAGER"] });
  const staff: Record<string, string[]> = {};
  for (const [roles, n, tag] of STAFF) {
    const made = await Promise.all(Array.from({ length: n }, (_, i) => seedMember(owner, tenantId, { email: `${tag}${i}@deploy.bench.test`, name: `${tag} ${String(i).padStart(2, "0")}`, roles })));
    staff[tag] = made.map((m) => m.membership.id);
  }
  const pick = (tag: string, i: number) => staff[tag]![i % staff[tag]!.length]!;

  // Version 2 of the default 3CX template: what the projects are pinned to and Mark Won uses.
  const type = await owner.serviceType.findFirstOrThrow({ where: { tenantId, name: "3CX hosted PBX" }, select: { id: true, name: true, defaultTemplateId: true, attributeSchema: true } });
  const templateId = type.defaultTemplateId!;
  const v1 = await owner.templateVersion.findFirstOrThrow({ where: { tenantId, templateId, number: 1 }, select: { document: true } });
  const document = withTeamAdditions(templateDocumentSchema.parse(v1.document));
  const problems = validateTemplate(document, attributeSchema.parse(type.attributeSchema));
  if (problems.length > 0) throw new Error(`the bench's 3CX version 2 is invalid: ${JSON.stringify(problems.slice(0, 3))}`);
  const version = await owner.templateVersion.create({ data: { tenantId, templateId, number: 2, status: "PUBLISHED", publishedAt: new Date(), document: document as Prisma.InputJsonValue }, select: { id: true } });

  const today = localDate(new Date(), tenant.timezone);
  const year = Number(today.slice(0, 4));
  const calendar = businessCalendar({ workingDays: tenant.workingDays, country: tenant.country, region: tenant.region }, { from: year - 1, to: year + 2 });
  const ctxFor = (attributes: AttributeValues): EngineContext => ({ document, attributes, calendar, calendarFor: () => calendar, today });
  const templates = actionsOf(document);
  const rand = seeded(10);

  // Histories first (pure), then who works on what: one technician gets exactly `techAvailable` open actions.
  const sims = Array.from({ length: count }, (_, i) => {
    const ctx = ctxFor({ extensions: 5 + (i % 40), numbersToPort: 1 + (i % 8), onSiteInstallation: true, siteAddress: `${i + 1} High Street` });
    const existing = initialProject(document, ctx.attributes).actions.length;
    const state = simulateProject(ctx, rand, Math.floor(rand() * 40), Math.floor(rand() * (existing - 1)));
    const techOpen = state.actions.filter((a) => isOpen(a) && templates.find((t) => t.action.id === a.key)?.action.role === "TECHNICIAN").length;
    return { ctx, state, techOpen, tech: "" };
  });
  let mine = 0;
  sims.forEach((s, i) => {
    const fits = s.techOpen > 0 && mine + s.techOpen <= techAvailable;
    s.tech = fits ? staff.tech![0]! : pick("tech", 1 + (i % 19));
    if (fits) mine += s.techOpen;
  });
  if (mine !== techAvailable) throw new Error(`the bench technician has ${mine} available open actions, not ${techAvailable}`);

  const [accountIds, contactIds, dealIds, lineIds, projectIds] = [ids(count), ids(count), ids(count), ids(count), ids(count)];
  await inBatches(sims.map((s, i) => ({ tenantId, id: accountIds[i]!, name: `Customer ${String(i).padStart(4, "0")} Ltd`, status: "ONBOARDING" as const, salesRepId: pick("sales", i), salesAdminId: pick("sadmin", i), technicianId: s.tech })), (data) => owner.account.createMany({ data }));
  await inBatches(accountIds.map((accountId, i) => ({ tenantId, id: contactIds[i]!, accountId, firstName: "Sam", lastName: `Contact${i}`, email: `sam${i}@customer.test`, roles: ["TECHNICAL" as const] })), (data) => owner.contact.createMany({ data }));
  await inBatches(accountIds.map((accountId, i) => ({ tenantId, id: dealIds[i]!, accountId, name: `3CX for customer ${i}`, stage: "WON" as const, ownerId: pick("sales", i), wonAt: at(today, 9), targetCloseDate: asDate(today)!, currency: "GBP" })), (data) => owner.deal.createMany({ data }));
  await inBatches(sims.map((s, i) => ({ tenantId, id: lineIds[i]!, dealId: dealIds[i]!, serviceTypeId: type.id, quantity: Number(s.ctx.attributes.extensions), unitPrice: "8.50", frequency: "MONTHLY" as const, commitmentMonths: 36, attributes: s.ctx.attributes })), (data) => owner.serviceLine.createMany({ data }));
  await inBatches(lineIds.map((serviceLineId, i) => ({ tenantId, accountId: accountIds[i]!, billingAccountId: accountIds[i]!, serviceLineId, status: "PENDING" as const })), (data) => owner.subscription.createMany({ data }));

  const phases: Prisma.ProjectPhaseCreateManyInput[] = [];
  const actions: Prisma.ActionCreateManyInput[] = [];
  const members: Prisma.ProjectMemberCreateManyInput[] = [];
  const events: Prisma.ProjectEventCreateManyInput[] = [];
  const projects: BenchProject[] = [];
  const rows = sims.map((s, i) => {
    const projectId = projectIds[i]!;
    const people: Partial<Record<string, string>> = { TECHNICIAN: s.tech, SALES_ADMIN: pick("sadmin", i), CARRIER: pick("sadmin", i), SUPPORT: pick("support", i), MANAGER: pick("manager", i), SALES: pick("sales", i) };
    const first = s.state.actions.map((a) => a.availableOn).filter((d): d is IsoDate => d !== null).sort()[0] ?? today;
    const phaseIds = new Map(document.phases.map((p) => [p.id, randomUUID()]));
    document.phases.forEach((p, position) => {
      const state = s.state.phases[position]!;
      const own = s.state.actions.filter((a) => a.phaseKey === p.id);
      const started = own.map((a) => a.availableOn).filter((d): d is IsoDate => d !== null).sort()[0] ?? first;
      const done = own.map((a) => a.doneOn).filter((d): d is IsoDate => d !== null).sort().at(-1) ?? started;
      phases.push({ tenantId, id: phaseIds.get(p.id)!, projectId, key: p.id, position, name: p.name, goLive: p.goLive, status: state.status, startedAt: state.status === "PENDING" ? null : at(started, 8), doneAt: state.status === "DONE" ? at(done, 17) : null });
    });
    const actionIds = new Map<string, string>();
    s.state.actions.forEach((a, position) => {
      const t = templates.find((x) => x.action.id === a.key)!.action;
      const id = randomUUID();
      actionIds.set(a.key, id);
      const finished = a.status === "DONE";
      const assigneeId = t.role === "CUSTOMER" ? null : (people[t.role] ?? null);
      actions.push({
        tenantId, id, projectId, phaseId: phaseIds.get(a.phaseKey)!, key: a.key, position, title: t.title, description: t.description, role: t.role,
        assigneeId, contactId: t.role === "CUSTOMER" ? contactIds[i]! : null, status: a.status as ActionStatus,
        availableAt: a.availableOn ? at(a.availableOn, 8) : null, dueDate: asDate(a.dueDate), doneAt: a.doneOn && finished ? at(a.doneOn, 16) : null, doneById: finished ? (assigneeId ?? people.SALES_ADMIN!) : null,
        startedAt: a.status === "IN_PROGRESS" && a.availableOn ? at(a.availableOn, 10) : null, blockedAt: a.status === "BLOCKED" ? new Date(Date.now() - 3_600_000) : null, blockedReason: a.status === "BLOCKED" ? "Waiting for the customer's firewall change" : null,
        captureKey: t.capturesDate?.key ?? null, captureLabel: t.capturesDate?.label ?? null, capturedDate: finished && t.capturesDate ? asDate(s.state.capturedDates[t.capturesDate.key] ?? null) : null,
        updatedAt: new Date(),
      });
      if (finished) events.push({ tenantId, id: randomUUID(), projectId, type: "action.completed", payload: { actionKey: a.key, dateKey: t.capturesDate?.key ?? null, at: at(a.doneOn ?? first, 16).getTime() }, status: "DONE", createdAt: at(a.doneOn ?? first, 16), processedAt: at(a.doneOn ?? first, 16) });
    });
    for (const role of ["MANAGER", "SALES_ADMIN", "TECHNICIAN", "SUPPORT"] as const) members.push({ tenantId, projectId, role, membershipId: people[role]! });
    projects.push({ id: projectId, state: s.state, ctx: s.ctx, actionIds });
    return {
      tenantId, id: projectId, name: `Customer ${String(i).padStart(4, "0")} Ltd — ${type.name}`, accountId: accountIds[i]!, dealId: dealIds[i]!, serviceLineId: lineIds[i]!, templateId, templateVersionId: version.id,
      targetGoLive: asDate(addDays(first, 42))!, attributes: s.ctx.attributes, capturedDates: s.state.capturedDates, createdById: admin.user.id, createdAt: at(first, 7),
    };
  });
  await inBatches(rows, (data) => owner.project.createMany({ data }));
  await insertMany(pool, "ProjectPhase", PHASE_TYPES, phases);
  await insertMany(pool, "Action", ACTION_TYPES, actions);
  await insertMany(pool, "ProjectMember", MEMBER_TYPES, members);
  await insertMany(pool, "ProjectEvent", EVENT_TYPES, events);
  await owner.$executeRawUnsafe("ANALYZE");

  const tenantRef = toTenantRef(await owner.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: TENANT_REF_SELECT }));
  return {
    tenantRef,
    admin: { user: admin.user, membership: admin.membership },
    tech: staff.tech![0]!,
    techAvailable: mine,
    projects,
    counts: { projects: rows.length, actions: actions.length, staff: 1 + Object.values(staff).flat().length, actionsPerProject: actions.length / rows.length, available: actions.filter((a) => a.availableAt && a.status !== "DONE").length, done: events.length },
    threeCx: type.id,
    file: { salesRepId: pick("sales", 1), salesAdminId: pick("sadmin", 1), technicianId: pick("tech", 1) },
    ctxFor,
  };
}

function addDays(day: IsoDate, n: number): IsoDate {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** `count` fresh accounts, each with a technical contact and a deal of `lines` 3CX lines (porting, on-site) to win. */
export async function seedDealsToWin(owner: Db, world: DeploymentWorld, count: number, lines: number): Promise<string[]> {
  const tenantId = world.tenantRef.id;
  const [accountIds, dealIds] = [ids(count), ids(count)];
  await owner.account.createMany({ data: accountIds.map((id, i) => ({ tenantId, id, name: `Prospect ${i} plc`, ...world.file })) });
  await owner.contact.createMany({ data: accountIds.map((accountId, i) => ({ tenantId, accountId, firstName: "Alex", lastName: `Buyer${i}`, roles: ["TECHNICAL" as const] })) });
  await owner.deal.createMany({ data: dealIds.map((id, i) => ({ tenantId, id, accountId: accountIds[i]!, name: `Multi-site 3CX ${i}`, stage: "NEGOTIATION" as const, ownerId: world.file.salesRepId, targetCloseDate: new Date(Date.now() + 30 * 86_400_000), currency: "GBP" })) });
  await inBatches(
    dealIds.flatMap((dealId) => Array.from({ length: lines }, (_, position) => ({ tenantId, dealId, serviceTypeId: world.threeCx, quantity: 10, unitPrice: "8.50", frequency: "MONTHLY" as const, commitmentMonths: 36, position, attributes: { extensions: 10, numbersToPort: 2 + position, onSiteInstallation: true, siteAddress: `Site ${position + 1}` } }))),
    (data) => owner.serviceLine.createMany({ data }),
  );
  return dealIds;
}
