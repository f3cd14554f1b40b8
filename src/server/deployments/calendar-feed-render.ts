/**
 * A member's open actions as an iCalendar document (RFC 5545), built with ical-generator.
 * Pure: data in, text out, so the rules below are unit-tested without a database.
 *
 * Why these choices:
 *  - One all-day event per action on its due date: a due date is a day, not a time, so no
 *    time zone can move it to the day before (DTSTART;VALUE=DATE, DTEND the next day).
 *  - UID `action-<id>@<app host>` never changes for an action: a client that refreshes the
 *    feed updates the event it has instead of adding a second one.
 *  - SEQUENCE, DTSTAMP and LAST-MODIFIED follow the action's `updatedAt`: a moved due date or
 *    a new status is a newer revision of the same event, and an unchanged action renders the
 *    same bytes every time (clients and caches see nothing new).
 *  - TRANSP:TRANSPARENT: a task due today does not make the person "busy" all day.
 */
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from "ical-generator";
import { createTranslator } from "use-intl/core";
import type { AppLocale } from "@/i18n/locales";
import { MESSAGES } from "@/i18n/messages";

/** The statuses an open action can have (DONE and SKIPPED are closed, never in a feed). */
export type OpenActionStatus = "TODO" | "IN_PROGRESS" | "BLOCKED";

export type FeedAction = {
  id: string;
  title: string;
  status: OpenActionStatus;
  /** A calendar date: UTC midnight of the day, as Prisma reads a DATE column. */
  dueDate: Date;
  updatedAt: Date;
  projectId: string;
  projectName: string;
  phaseName: string;
  accountName: string;
};

export type FeedOptions = {
  tenantName: string;
  tenantSlug: string;
  locale: AppLocale;
  /** APP_URL: links back to the app, and the host that makes UIDs unique. */
  appUrl: string;
  /** The tenant's IANA zone, announced to clients (X-WR-TIMEZONE); all-day dates do not depend on it. */
  timezone: string;
};

/**
 * SEQUENCE must only grow, and many clients keep it in a 32-bit integer: seconds since
 * 2024-01-01 grow with every save and stay below 2^31 until the 2090s (epoch seconds would
 * overflow in 2038).
 */
const SEQUENCE_EPOCH_MS = Date.UTC(2024, 0, 1);
export function sequenceOf(updatedAt: Date): number {
  return Math.max(0, Math.floor((updatedAt.getTime() - SEQUENCE_EPOCH_MS) / 1000));
}

const DAY_MS = 86_400_000;

/** VEVENT's STATUS has no "blocked": the date is then uncertain, which TENTATIVE says. */
const EVENT_STATUS: Record<OpenActionStatus, ICalEventStatus> = {
  TODO: ICalEventStatus.CONFIRMED,
  IN_PROGRESS: ICalEventStatus.CONFIRMED,
  BLOCKED: ICalEventStatus.TENTATIVE,
};

export function projectUrl(appUrl: string, tenantSlug: string, projectId: string): string {
  return `${appUrl.replace(/\/+$/, "")}/t/${tenantSlug}/projects/${projectId}`;
}

export function renderFeed(actions: FeedAction[], o: FeedOptions): string {
  const t = createTranslator({ locale: o.locale, messages: MESSAGES[o.locale], namespace: "calendarFeed.feed" });
  const host = new URL(o.appUrl).hostname;
  const calendar = ical({
    name: t("name", { tenant: o.tenantName }),
    description: t("description", { tenant: o.tenantName }),
    prodId: { company: "Switchboard", product: "My actions", language: o.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // Clients that honour it refresh hourly (the route lets caches keep an answer 5 minutes).
    ttl: 60 * 60,
    // Not ical-generator's `timezone`: set, it would read all-day dates in the server's own
    // zone. A custom property only announces the zone.
    x: { "X-WR-TIMEZONE": o.timezone },
  });
  for (const a of actions) {
    const link = projectUrl(o.appUrl, o.tenantSlug, a.projectId);
    const lines = [
      t("project", { name: a.projectName }),
      t("phase", { name: a.phaseName }),
      t("status", { status: t(`statuses.${a.status}`) }),
      "",
      t("open", { url: link }),
    ];
    calendar.createEvent({
      id: `action-${a.id}@${host}`,
      allDay: true,
      start: a.dueDate,
      end: new Date(a.dueDate.getTime() + DAY_MS),
      summary: `${a.title} — ${a.accountName}`,
      description: lines.join("\n"),
      url: link,
      status: EVENT_STATUS[a.status],
      transparency: ICalEventTransparency.TRANSPARENT,
      sequence: sequenceOf(a.updatedAt),
      stamp: a.updatedAt,
      lastModified: a.updatedAt,
    });
  }
  return calendar.toString();
}
