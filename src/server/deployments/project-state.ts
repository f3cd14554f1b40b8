/**
 * A project read for the engine: its rows, the pinned template version's document, the tenant's
 * calendar and each assignee's (their holiday region, their days off), turned into the
 * engine's plain state. Locking the project row is how the events of one project — and a
 * person's command racing the worker — apply one after another.
 */
import type { Prisma } from "@/generated/prisma/client";
import { localDate, type BusinessCalendar, type IsoDate } from "@/server/calendar/business-days";
import { businessCalendar, TENANT_CALENDAR_SELECT, type TenantCalendar, type YearSpan } from "@/server/calendar/member-calendar";
import type { AttributeValues } from "@/server/crm/attributes";
import { asDate } from "@/server/crm/deals";
import type { TenantDb } from "@/server/db/tenant";
import { notFound } from "@/server/errors";
import { templateDocumentSchema, type TemplateDocument } from "@/server/templates/document";
import type { EngineContext, EngineProject } from "./engine/state";

export const iso = (d: Date): IsoDate => d.toISOString().slice(0, 10);
export const isoOrNull = (d: Date | null): IsoDate | null => (d ? iso(d) : null);
export { asDate };

const ACTION_SELECT = {
  id: true, key: true, phaseId: true, role: true, assigneeId: true, contactId: true, status: true, title: true,
  availableAt: true, dueDate: true, dueMovedAt: true, doneAt: true, startedAt: true, blockedAt: true, capturedDate: true,
} as const satisfies Prisma.ActionSelect;
const PROJECT_SELECT = {
  id: true, name: true, status: true, accountId: true, dealId: true, serviceLineId: true, attributes: true,
  capturedDates: true, goLiveDate: true, targetGoLive: true, templateVersion: { select: { document: true } },
} as const satisfies Prisma.ProjectSelect;

export type ActionRow = Prisma.ActionGetPayload<{ select: typeof ACTION_SELECT }>;
export type LoadedProject = Awaited<ReturnType<typeof loadProject>>;

/**
 * Years whose holidays a project's dates can fall in: from a year before today to two after
 * the latest date it knows of (a porting date booked for next winter, a distant target).
 */
function yearsAround(today: IsoDate, known: readonly (IsoDate | null)[]): YearSpan {
  const latest = Math.max(...[today, ...known].map((d) => (d ? Number(d.slice(0, 4)) : 0)));
  return { from: Number(today.slice(0, 4)) - 1, to: latest + 2 };
}

export function capturedDatesOf(json: Prisma.JsonValue): Record<string, IsoDate> {
  const out: Record<string, IsoDate> = {};
  if (json && typeof json === "object" && !Array.isArray(json)) for (const [k, v] of Object.entries(json)) if (typeof v === "string") out[k] = v;
  return out;
}

/**
 * Reads the project (locked FOR UPDATE when `lock`: until the unit of work commits, nobody else
 * changes it) and what the engine needs. Unknown or foreign ids are NOT_FOUND.
 */
export async function loadProject(db: TenantDb, projectId: string, now: Date, { lock = true } = {}) {
  if (lock) {
    const locked = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Project" WHERE "tenantId" = ${db.tenantId}::uuid AND id = ${projectId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw notFound("This project");
  }
  const [project, phases, actions, tenant] = await Promise.all([
    db.project.findFirst({ where: { id: projectId }, select: PROJECT_SELECT }),
    db.projectPhase.findMany({ where: { projectId }, orderBy: { position: "asc" }, select: { id: true, key: true, status: true } }),
    db.action.findMany({ where: { projectId }, orderBy: { position: "asc" }, select: ACTION_SELECT }),
    db.tenant.findFirstOrThrow({ where: { id: db.tenantId }, select: TENANT_CALENDAR_SELECT }),
  ]);
  if (!project) throw notFound("This project");
  const today = localDate(now, tenant.timezone);
  const document: TemplateDocument = templateDocumentSchema.parse(project.templateVersion.document);
  const capturedDates = capturedDatesOf(project.capturedDates);
  const known = [...Object.values(capturedDates), iso(project.targetGoLive)];
  const ctx = await engineContext(db, tenant, today, known, document, project.attributes as AttributeValues, new Map(actions.map((a) => [a.key, a.assigneeId])));
  const phaseKey = new Map(phases.map((p) => [p.id, p.key]));
  const local = (d: Date | null) => (d ? localDate(d, tenant.timezone) : null);
  const engine: EngineProject = {
    status: project.status,
    phases: phases.map((p) => ({ key: p.key, status: p.status })),
    actions: actions.map((a) => ({
      key: a.key,
      phaseKey: phaseKey.get(a.phaseId) ?? "",
      status: a.status,
      availableOn: local(a.availableAt),
      dueDate: isoOrNull(a.dueDate),
      doneOn: local(a.doneAt),
      dueMovedAt: a.dueMovedAt?.getTime() ?? null,
    })),
    capturedDates,
    goLiveDate: isoOrNull(project.goLiveDate),
  };
  return { project, phases, actions, tenant, today, ctx, engine };
}

/**
 * What the engine needs besides the state: the pinned document, the line's attributes, the
 * tenant's calendar and each assignee's (`assigneeOf`: action key → member), counted over the
 * years today and the dates the project knows (`known`) fall in.
 */
export async function engineContext(
  db: TenantDb,
  tenant: TenantCalendar,
  today: IsoDate,
  known: readonly (IsoDate | null)[],
  document: TemplateDocument,
  attributes: AttributeValues,
  assigneeOf: ReadonlyMap<string, string | null>,
): Promise<EngineContext> {
  const years = yearsAround(today, known);
  const calendars = await assigneeCalendars(db, tenant, years, [...assigneeOf.values()]);
  const calendar = businessCalendar(tenant, years);
  return { document, attributes, calendar, calendarFor: (a) => calendars.get(assigneeOf.get(a.id) ?? "") ?? calendar, today };
}

/** Each assignee's calendar: the tenant's, with their own holiday region and days off. */
async function assigneeCalendars(db: TenantDb, tenant: TenantCalendar, years: YearSpan, ids: (string | null)[]): Promise<Map<string, BusinessCalendar>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const members = await db.membership.findMany({
    where: { id: { in: unique } },
    select: { id: true, holidayRegion: true, daysOff: { where: { date: { gte: asDate(`${years.from}-01-01`) } }, select: { date: true } } },
  });
  return new Map(members.map((m) => [m.id, businessCalendar(tenant, years, { holidayRegion: m.holidayRegion, daysOff: m.daysOff.map((d) => iso(d.date)) })]));
}
