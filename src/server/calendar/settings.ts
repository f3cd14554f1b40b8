/**
 * The tenant's calendar settings (DESIGN §3): working days, the country and region whose public
 * holidays close the office, the time zone that says what "today" is, and members' days off and
 * own holiday regions.
 */
import { recordActivity } from "@/server/activity/record";
import { asDate } from "@/server/crm/deals";
import type { TenantDb } from "@/server/db/tenant";
import type { MembershipRef } from "@/server/db/tenant-context";
import { AppError, fieldError, notFound } from "@/server/errors";
import { hasRole } from "@/server/identity/roles";
import { isSupportedCountry, isTimeZone } from "@/server/identity/countries";
import { localDate, type IsoDate } from "./business-days";
import { holidayCode, holidaysOfTheYearAhead } from "./holidays";
import { businessCalendar, TENANT_CALENDAR_SELECT } from "./member-calendar";
import { holidayRegions } from "./region-list";
import { memberRegionProblem } from "./regions";

const iso = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const CALENDAR_SELECT = { ...TENANT_CALENDAR_SELECT, escalationDelayDays: true } as const;

/** The tenant's calendar settings and what day it is in its time zone. */
async function tenantCalendar(db: TenantDb, now: Date) {
  const t = await db.tenant.findFirst({ where: { id: db.tenantId }, select: CALENDAR_SELECT });
  if (!t) throw notFound("This workspace");
  return { ...t, today: localDate(now, t.timezone) };
}

export async function getCalendarSettings(db: TenantDb, now = new Date()) {
  const t = await tenantCalendar(db, now);
  const today = t.today;
  const [daysOff, members] = await Promise.all([
    db.dayOff.findMany({
      where: { date: { gte: asDate(today) } },
      orderBy: [{ date: "asc" }],
      select: { id: true, date: true, note: true, membershipId: true, membership: { select: { user: { select: { name: true } } } } },
    }),
    db.membership.findMany({ select: { id: true, holidayRegion: true, user: { select: { name: true } } }, orderBy: { user: { name: "asc" } } }),
  ]);
  return {
    workingDays: t.workingDays,
    country: t.country,
    region: t.region,
    timezone: t.timezone,
    escalationDelayDays: t.escalationDelayDays,
    today,
    holidays: holidaysOfTheYearAhead(holidayCode(t.country, t.region), today, db.tenantRef.locale),
    daysOff: daysOff.map((d) => ({ id: d.id, date: iso(d.date), note: d.note, membershipId: d.membershipId, memberName: d.membership.user.name })),
    members: members.map((m) => ({ id: m.id, name: m.user.name, holidayRegion: m.holidayRegion })),
  };
}

/**
 * What a schedule preview needs in the browser: working days and the public holidays of the
 * tenant's region for the years around today, so no holiday library ships to the client.
 */
export async function previewCalendar(db: TenantDb, now = new Date()) {
  const t = await tenantCalendar(db, now);
  const year = Number(t.today.slice(0, 4));
  const { workingDays, holidays } = businessCalendar(t, { from: year - 1, to: year + 2 });
  return { workingDays: [...workingDays], holidays: [...holidays].sort(), today: t.today };
}

/**
 * `region` is checked against `country` by the input's zod schema (`updateCalendarInput`);
 * the escalation delay, counted in these business days, is set here too, and kept when omitted.
 */
export async function updateCalendar(db: TenantDb, actorId: string, f: { workingDays: number[]; country: string; region: string | null; timezone: string; escalationDelayDays?: number }) {
  if (!isSupportedCountry(f.country)) throw fieldError("country", "country");
  if (!isTimeZone(f.timezone)) throw fieldError("timezone", "timezone");
  const workingDays = [...new Set(f.workingDays)].sort();
  const before = await db.tenant.findFirst({ where: { id: db.tenantId }, select: CALENDAR_SELECT });
  const escalationDelayDays = f.escalationDelayDays ?? before?.escalationDelayDays ?? 1;
  await db.tenant.update({ where: { id: db.tenantId }, data: { workingDays, country: f.country, region: f.region, timezone: f.timezone, escalationDelayDays } });
  // Members' own regions belong to the old country's list: they are asked again.
  if (before && before.country !== f.country) await db.membership.updateMany({ where: { holidayRegion: { not: null } }, data: { holidayRegion: null } });
  await recordActivity(db, { actorId, action: "calendar.updated", entityType: "Tenant", entityId: db.tenantId, before: before ?? undefined, after: { ...f, workingDays, escalationDelayDays } });
  return { workingDays, country: f.country, region: f.region, timezone: f.timezone, escalationDelayDays };
}

/** A member's own holiday region (null: the tenant's), set by admins and managers. */
export async function setHolidayRegion(db: TenantDb, actorId: string, f: { membershipId: string; region: string | null }) {
  const problem = memberRegionProblem(holidayRegions("en"), db.tenantRef.country, f.region);
  if (problem) throw fieldError("region", problem);
  const member = await db.membership.findFirst({ where: { id: f.membershipId }, select: { holidayRegion: true } });
  if (!member) throw fieldError("membershipId", "memberUnknown");
  await db.membership.update({ where: { tenantId_id: { tenantId: db.tenantId, id: f.membershipId } }, data: { holidayRegion: f.region } });
  await recordActivity(db, { actorId, action: "member.holiday-region-changed", entityType: "Membership", entityId: f.membershipId, before: { holidayRegion: member.holidayRegion }, after: { holidayRegion: f.region } });
  return { id: f.membershipId, holidayRegion: f.region };
}

/** Members record their own days off; admins and managers may record anyone's. */
function assertMayEditDaysOf(me: MembershipRef, membershipId: string) {
  if (me.id !== membershipId && !hasRole(me.roles, "ADMIN", "MANAGER")) {
    throw new AppError("FORBIDDEN", "You can only change your own days off.", { membershipId: ["dayOffOthers"] });
  }
}

export async function addDayOff(db: TenantDb, actorId: string, me: MembershipRef, f: { membershipId: string; date: IsoDate; note: string | null }) {
  assertMayEditDaysOf(me, f.membershipId);
  const member = await db.membership.findFirst({ where: { id: f.membershipId }, select: { id: true } });
  if (!member) throw fieldError("membershipId", "memberUnknown");
  const row = await db.dayOff.upsert({
    where: { tenantId_membershipId_date: { tenantId: db.tenantId, membershipId: f.membershipId, date: asDate(f.date) } },
    create: { tenantId: db.tenantId, membershipId: f.membershipId, date: asDate(f.date), note: f.note },
    update: { note: f.note },
    select: { id: true },
  });
  await recordActivity(db, { actorId, action: "day-off.added", entityType: "Membership", entityId: f.membershipId, after: { date: f.date, note: f.note } });
  return row;
}

export async function removeDayOff(db: TenantDb, actorId: string, me: MembershipRef, id: string) {
  const row = await db.dayOff.findFirst({ where: { id }, select: { membershipId: true, date: true } });
  if (!row) throw notFound("This day off");
  assertMayEditDaysOf(me, row.membershipId);
  await db.dayOff.delete({ where: { tenantId_id: { tenantId: db.tenantId, id } } });
  await recordActivity(db, { actorId, action: "day-off.removed", entityType: "Membership", entityId: row.membershipId, before: { date: iso(row.date) } });
  return { id };
}
