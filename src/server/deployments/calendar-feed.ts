/**
 * A member's iCalendar feed of their open actions (DESIGN §5, My day "also as an iCalendar
 * feed"): turning it on, regenerating and turning off its URL from the app, and answering a
 * calendar app that fetches it with no session. The token rules are in calendar-feed-token.ts,
 * the document in calendar-feed-render.ts.
 */
import { env } from "@/env";
import type { Db } from "@/server/db/clients";
import { TENANT_REF_SELECT, toTenantRef, type MembershipRef, type TenantRef } from "@/server/db/tenant-context";
import { withTenant, type TenantDb } from "@/server/db/tenant";
import { recordActivity } from "@/server/activity/record";
import { pickLocale } from "@/i18n/locales";
import { renderFeed, type FeedAction, type OpenActionStatus } from "./calendar-feed-render";
import { feedToken, feedUrl, newFeedKey, verifyFeedToken } from "./calendar-feed-token";

export { feedToken, verifyFeedToken, feedUrl } from "./calendar-feed-token";
export { renderFeed, type FeedAction, type FeedOptions } from "./calendar-feed-render";

const OPEN: OpenActionStatus[] = ["TODO", "IN_PROGRESS", "BLOCKED"];

/**
 * A calendar holds a person's open work, not their history; the bound keeps one fetch cheap
 * whatever happens to the data (nobody has this many open actions on purpose).
 */
const MAX_EVENTS = 2000;

/**
 * The person's open actions with a due date: assigned to them, available, not done or skipped,
 * on a running project (on hold, live and cancelled projects wait for no one). An action with no
 * due date has no day to stand on in a calendar, so it stays on My day only.
 */
export async function openActionsFeed(db: TenantDb, membershipId: string): Promise<FeedAction[]> {
  const rows = await db.action.findMany({
    where: { assigneeId: membershipId, availableAt: { not: null }, dueDate: { not: null }, status: { in: OPEN }, project: { status: "ACTIVE" } },
    select: {
      id: true, title: true, status: true, dueDate: true, updatedAt: true, projectId: true,
      project: { select: { name: true, account: { select: { name: true } } } },
      phase: { select: { name: true } },
    },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    take: MAX_EVENTS,
  });
  return rows.flatMap((r) =>
    r.dueDate && isOpen(r.status)
      ? [{ id: r.id, title: r.title, status: r.status, dueDate: r.dueDate, updatedAt: r.updatedAt, projectId: r.projectId, projectName: r.project.name, phaseName: r.phase.name, accountName: r.project.account.name }]
      : [],
  );
}

function isOpen(status: string): status is OpenActionStatus {
  return (OPEN as string[]).includes(status);
}

// ---- The member's own feed, from the app (tRPC) ----

const urlFor = (membershipId: string, key: string | null) =>
  key ? feedUrl(env().APP_URL, membershipId, feedToken(env().AUTH_SECRET, membershipId, key)) : null;

const where = (db: TenantDb, membershipId: string) => ({ tenantId_id: { tenantId: db.tenantId, id: membershipId } });

export async function getFeed(db: TenantDb, membership: MembershipRef): Promise<{ url: string | null }> {
  const row = await db.membership.findUniqueOrThrow({ where: where(db, membership.id), select: { calendarFeedKey: true } });
  return { url: urlFor(membership.id, row.calendarFeedKey) };
}

/** A new nonce: the feed is on, and any address given out before stops working. */
export async function regenerateFeed(db: TenantDb, actorId: string, membership: MembershipRef): Promise<{ url: string }> {
  const before = await db.membership.findUniqueOrThrow({ where: where(db, membership.id), select: { calendarFeedKey: true } });
  const key = newFeedKey();
  await db.membership.update({ where: where(db, membership.id), data: { calendarFeedKey: key } });
  // The log says that the address changed, never the key: it would let a reader rebuild the URL.
  await recordActivity(db, { actorId, action: "calendar-feed.regenerated", entityType: "Membership", entityId: membership.id, before: { feed: before.calendarFeedKey !== null }, after: { feed: true } });
  return { url: urlFor(membership.id, key)! };
}

export async function revokeFeed(db: TenantDb, actorId: string, membership: MembershipRef): Promise<{ url: null }> {
  const before = await db.membership.findUniqueOrThrow({ where: where(db, membership.id), select: { calendarFeedKey: true } });
  if (before.calendarFeedKey !== null) {
    await db.membership.update({ where: where(db, membership.id), data: { calendarFeedKey: null } });
    await recordActivity(db, { actorId, action: "calendar-feed.revoked", entityType: "Membership", entityId: membership.id, before: { feed: true }, after: { feed: false } });
  }
  return { url: null };
}

// ---- The feed itself, for a calendar app (no session) ----

type FeedOwner = { membershipId: string; calendarFeedKey: string | null; userLocale: string | null; tenant: TenantRef };

/**
 * Who a feed URL names. Read with the system client, because the request carries no session
 * and so no tenant: the caller passes `systemDb()` (only allowed callers may import it).
 */
export async function feedOwner(system: Db, membershipId: string): Promise<FeedOwner | null> {
  const row = await system.membership.findFirst({
    where: { id: membershipId },
    select: { id: true, calendarFeedKey: true, user: { select: { locale: true } }, tenant: { select: TENANT_REF_SELECT } },
  });
  return row ? { membershipId: row.id, calendarFeedKey: row.calendarFeedKey, userLocale: row.user.locale, tenant: toTenantRef(row.tenant) } : null;
}

/**
 * The calendar document for a feed URL, or null when the URL opens nothing (unknown member,
 * feed turned off, wrong or outdated token) — the route answers all of these with one 404.
 */
export async function feedCalendar(system: Db, membershipId: string, token: string): Promise<string | null> {
  const owner = await feedOwner(system, membershipId);
  if (!owner || !verifyFeedToken(env().AUTH_SECRET, membershipId, owner.calendarFeedKey, token)) return null;
  const actions = await withTenant(owner.tenant, (db) => openActionsFeed(db, membershipId));
  const { tenant } = owner;
  return renderFeed(actions, {
    tenantName: tenant.name,
    tenantSlug: tenant.slug,
    // The person's own language where they chose one, else their tenant's (as in the app).
    locale: pickLocale({ user: owner.userLocale, tenant: tenant.locale }),
    appUrl: env().APP_URL,
    timezone: tenant.timezone,
  });
}
