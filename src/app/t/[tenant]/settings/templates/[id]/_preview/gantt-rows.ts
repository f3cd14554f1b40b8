/**
 * A schedule turned into what the timeline preview draws: one row per action grouped by phase,
 * each placed on a calendar-day axis by offset and length (in days from the axis start), plus
 * the closed days to shade and the month and week ticks. Pure, so the arithmetic is tested
 * here and the component only turns offsets into percentages.
 *
 * The axis counts calendar days, not business days: a bar that spans a weekend should look
 * longer than one that does not, which is exactly what a person reading the plan expects.
 * date-fns works in local time, where a DST change never shifts a calendar-day difference.
 */
import { addDays, differenceInCalendarDays, formatISO, getDate, getISODay, parseISO } from "date-fns";
import { isBusinessDay, type BusinessCalendar, type IsoDate } from "@/server/calendar/business-days";
import type { Schedule } from "@/server/templates/schedule";

/** A stretch of the axis, in whole days from its start. */
export type Span = { offset: number; length: number };

export type GanttAxis = {
  start: IsoDate;
  /** Calendar days on the axis, the last one included. */
  days: number;
  /** Runs of consecutive weekend days and holidays. */
  closed: Span[];
  /** The first of each month on the axis. */
  months: { offset: number; date: IsoDate }[];
  /** Each Monday on the axis. */
  weeks: { offset: number; date: IsoDate }[];
};

export type GanttRow = Span & {
  id: string;
  title: string;
  role: Schedule["actions"][number]["role"];
  availableAt: IsoDate;
  dueAt: IsoDate;
  critical: boolean;
};

export type GanttGroup = Span & { id: string; name: string; goLive: boolean; startsAt: IsoDate; endsAt: IsoDate; rows: GanttRow[] };

export type GanttModel = { axis: GanttAxis; groups: GanttGroup[]; goLive: { date: IsoDate; offset: number } | null };

const iso = (d: Date): IsoDate => formatISO(d, { representation: "date" });
const earliest = (dates: IsoDate[]) => dates.reduce((a, b) => (b < a ? b : a));
const latest = (dates: IsoDate[]) => dates.reduce((a, b) => (b > a ? b : a));

function axisOf(start: IsoDate, end: IsoDate, calendar: BusinessCalendar): GanttAxis {
  const first = parseISO(start);
  const days = differenceInCalendarDays(parseISO(end), first) + 1;
  const axis: GanttAxis = { start, days, closed: [], months: [], weeks: [] };
  for (let offset = 0; offset < days; offset++) {
    const day = addDays(first, offset);
    const date = iso(day);
    if (getDate(day) === 1) axis.months.push({ offset, date });
    if (getISODay(day) === 1) axis.weeks.push({ offset, date });
    if (isBusinessDay(calendar, date)) continue;
    const last = axis.closed.at(-1);
    if (last && last.offset + last.length === offset) last.length++;
    else axis.closed.push({ offset, length: 1 });
  }
  return axis;
}

export function ganttRows(schedule: Schedule, calendar: BusinessCalendar): GanttModel {
  const dates = [
    ...schedule.phases.flatMap((p) => [p.startsAt, p.endsAt]),
    ...schedule.actions.flatMap((a) => [a.availableAt, a.dueAt, a.completesAt]),
    schedule.endDate,
  ];
  const axis = axisOf(earliest(dates), latest(dates), calendar);
  const origin = parseISO(axis.start);
  const offsetOf = (date: IsoDate) => differenceInCalendarDays(parseISO(date), origin);
  // Both ends are included: due the day it becomes available is one day of work, not zero.
  const span = (from: IsoDate, to: IsoDate): Span => ({ offset: offsetOf(from), length: Math.max(offsetOf(to) - offsetOf(from), 0) + 1 });

  const groups = schedule.phases.map((p): GanttGroup => ({
    id: p.id,
    name: p.name,
    goLive: p.goLive,
    startsAt: p.startsAt,
    endsAt: p.endsAt,
    ...span(p.startsAt, p.endsAt),
    rows: schedule.actions
      .filter((a) => a.phaseId === p.id)
      .map((a) => ({
        id: a.id,
        title: a.title,
        role: a.role,
        availableAt: a.availableAt,
        dueAt: a.dueAt,
        critical: a.critical,
        ...span(a.availableAt, a.dueAt),
      })),
  }));
  const goLive = schedule.goLiveDate === null ? null : { date: schedule.goLiveDate, offset: offsetOf(schedule.goLiveDate) };
  return { axis, groups, goLive };
}
