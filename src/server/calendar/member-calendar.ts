/**
 * The business-day calendar someone's due dates count in (DESIGN §3): the tenant's working
 * days, minus the public holidays of the region they work in — their own if they have one (a
 * technician based in Scotland for an English reseller), else the tenant's — minus their days
 * off. The tenant's calendar is the same with no member: the template preview and the phase
 * starts use it. Server-only, since it reads the holiday library.
 */
import type { BusinessCalendar, IsoDate } from "./business-days";
import { holidayCode, holidaySet } from "./holidays";
import { effectiveRegion } from "./regions";

export type TenantCalendar = { workingDays: readonly number[]; country: string; region: string | null };
/** The tenant columns a calendar is made of, with the time zone that says what "today" is. */
export const TENANT_CALENDAR_SELECT = { workingDays: true, country: true, region: true, timezone: true } as const;
export type MemberCalendar = { holidayRegion: string | null; daysOff?: Iterable<IsoDate> };
/** The years whose holidays the calendar holds: those the dates it will count fall in. */
export type YearSpan = { from: number; to: number };

export function businessCalendar(tenant: TenantCalendar, years: YearSpan, member?: MemberCalendar): BusinessCalendar {
  const region = effectiveRegion(tenant.region, member?.holidayRegion ?? null);
  return {
    workingDays: tenant.workingDays,
    holidays: holidaySet(holidayCode(tenant.country, region), years.from, years.to),
    ...(member?.daysOff ? { daysOff: new Set(member.daysOff) } : {}),
  };
}
