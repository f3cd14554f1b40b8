/**
 * The tenant's calendar settings (DESIGN §3): working days, the country whose public holidays
 * close the office, the time zone that says what "today" is, and members' days off.
 */
import { addMonths, formatISO, parseISO } from "date-fns";
import { recordActivity } from "@/server/activity/record";
import { asDate } from "@/server/crm/deals";
import type { TenantDb } from "@/server/db/tenant";
import type { MembershipRef } from "@/server/db/tenant-context";
import { AppError, fieldError, notFound } from "@/server/errors";
import { hasRole } from "@/server/identity/roles";
import { isSupportedCountry, isTimeZone } from "@/server/identity/countries";
import { localDate, type IsoDate } from "./business-days";
import { holidaySet, publicHolidays } from "./holidays";

const iso = (d: Date): IsoDate => d.toISOString().slice(0, 10);

/** The tenant's calendar settings and what day it is in its time zone. */
async function tenantCalendar(db: TenantDb, now: Date) {
  const t = await db.tenant.findFirst({ where: { id: db.tenantId }, select: { workingDays: true, country: true, timezone: true } });
  if (!t) throw notFound("This workspace");
  return { ...t, today: localDate(now, t.timezone) };
}

export async function getCalendarSettings(db: TenantDb, now = new Date()) {
  const t = await tenantCalendar(db, now);
  const today = t.today;
  const until = formatISO(addMonths(parseISO(today), 12), { representation: "date" });
  const daysOff = await db.dayOff.findMany({
    where: { date: { gte: asDate(today) } },
    orderBy: [{ date: "asc" }],
    select: { id: true, date: true, note: true, membershipId: true, membership: { select: { user: { select: { name: true } } } } },
  });
  return {
    workingDays: t.workingDays,
    country: t.country,
    timezone: t.timezone,
    today,
    holidays: publicHolidays(t.country, today, until, db.tenantRef.locale),
    daysOff: daysOff.map((d) => ({ id: d.id, date: iso(d.date), note: d.note, membershipId: d.membershipId, memberName: d.membership.user.name })),
  };
}

/**
 * What a schedule preview needs in the browser: working days and public holidays for the
 * years around today, so no holiday library ships to the client.
 */
export async function previewCalendar(db: TenantDb, now = new Date()) {
  const { workingDays, country, today } = await tenantCalendar(db, now);
  const year = Number(today.slice(0, 4));
  return { workingDays, holidays: [...holidaySet(country, year - 1, year + 2)].sort(), today };
}

export async function updateCalendar(db: TenantDb, actorId: string, f: { workingDays: number[]; country: string; timezone: string }) {
  if (!isSupportedCountry(f.country)) throw fieldError("country", "country");
  if (!isTimeZone(f.timezone)) throw fieldError("timezone", "timezone");
  const workingDays = [...new Set(f.workingDays)].sort();
  const before = await db.tenant.findFirst({ where: { id: db.tenantId }, select: { workingDays: true, country: true, timezone: true } });
  await db.tenant.update({ where: { id: db.tenantId }, data: { workingDays, country: f.country, timezone: f.timezone } });
  await recordActivity(db, { actorId, action: "calendar.updated", entityType: "Tenant", entityId: db.tenantId, before: before ?? undefined, after: { ...f, workingDays } });
  return { workingDays, country: f.country, timezone: f.timezone };
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
