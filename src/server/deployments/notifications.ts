/**
 * In-app notifications (DESIGN §4): one row per recipient, read in the bell. Writers are the
 * engine (an action blocked or unblocked, a project live or on hold) and the escalation job.
 *
 * Why a dedupe key per recipient and `skipDuplicates`: the events that notify are replayed
 * (an outbox event run twice, a job retried); the unique (tenant, dedupeKey) index makes the
 * second write a no-op, so a replay never notifies anyone twice.
 */
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { TenantDb } from "@/server/db/tenant";

export const NOTIFICATION_KINDS = ["action.blocked", "action.escalated", "action.unblocked", "project.live", "project.held"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a message needs; each kind uses some of it (see notifications.json). */
export const notificationPayload = z.object({
  actionTitle: z.string().optional(),
  projectName: z.string().optional(),
  reason: z.string().nullable().optional(),
  byName: z.string().nullable().optional(),
  /** business days the action has been blocked, for an escalation */
  days: z.number().int().optional(),
});
export type NotificationPayload = z.infer<typeof notificationPayload>;

export type NotificationInput = {
  membershipIds: readonly string[];
  kind: NotificationKind;
  projectId?: string;
  actionId?: string;
  payload: NotificationPayload;
  /** Names the event, not the recipient: `:<membershipId>` is added per row. */
  dedupeKey: string;
};

/** Writes one notification per member; returns how many were new. */
export async function notify(db: TenantDb, n: NotificationInput): Promise<number> {
  const members = [...new Set(n.membershipIds)];
  if (members.length === 0) return 0;
  const { count } = await db.notification.createMany({
    data: members.map((membershipId) => ({
      tenantId: db.tenantId,
      membershipId,
      kind: n.kind,
      projectId: n.projectId ?? null,
      actionId: n.actionId ?? null,
      payload: n.payload as Prisma.InputJsonObject,
      dedupeKey: `${n.dedupeKey}:${membershipId}`,
    })),
    skipDuplicates: true,
  });
  return count;
}

/**
 * Who hears about a blocked action: the project's manager; a project without one (its manager
 * left, or none was resolved) falls back to every manager and admin, so a block never goes
 * unheard.
 */
export async function recipientsForEscalation(db: TenantDb, projectId: string): Promise<string[]> {
  const managers = await db.projectMember.findMany({ where: { projectId, role: "MANAGER" }, select: { membershipId: true } });
  if (managers.length > 0) return managers.map((m) => m.membershipId);
  const fallback = await db.membership.findMany({ where: { roles: { hasSome: ["MANAGER", "ADMIN"] } }, select: { id: true }, orderBy: { createdAt: "asc" } });
  return fallback.map((m) => m.id);
}

export type BlockNotice = {
  projectId: string;
  actionId: string;
  actionTitle: string;
  projectName: string;
  reason: string | null;
  byName: string | null;
  /** The block's start (Action.blockedAt): one notice per block, however often the event replays. */
  blockedAt: Date;
  /** Whoever blocked or unblocked it is not told what they just did. */
  actorMembershipId?: string;
};

/** `created`: the notifications new to this write; `recipients`: whom it is for (the bells to ring live). */
export type BlockNotified = { created: number; recipients: string[] };

async function notifyBlockChange(db: TenantDb, kind: "action.blocked" | "action.unblocked", prefix: string, b: BlockNotice): Promise<BlockNotified> {
  const recipients = (await recipientsForEscalation(db, b.projectId)).filter((id) => id !== b.actorMembershipId);
  const created = await notify(db, {
    membershipIds: recipients,
    kind,
    projectId: b.projectId,
    actionId: b.actionId,
    payload: { actionTitle: b.actionTitle, projectName: b.projectName, reason: b.reason, byName: b.byName },
    dedupeKey: `${prefix}:${b.actionId}:${b.blockedAt.toISOString()}`,
  });
  return { created, recipients };
}

/** The engine calls this when an action is blocked. */
export function notifyBlocked(db: TenantDb, b: BlockNotice): Promise<BlockNotified> {
  return notifyBlockChange(db, "action.blocked", "blocked", b);
}

/** The engine calls this when a blocked action is unblocked; `blockedAt` is the block that ended. */
export function notifyUnblocked(db: TenantDb, b: BlockNotice): Promise<BlockNotified> {
  return notifyBlockChange(db, "action.unblocked", "unblocked", b);
}

export const NOTIFICATIONS_PAGE = 20;

const LIST_SELECT = { id: true, kind: true, projectId: true, actionId: true, payload: true, readAt: true, createdAt: true } as const;

/** A stored payload that no longer parses shows as a message without its details, not an error. */
const readPayload = (json: Prisma.JsonValue): NotificationPayload => notificationPayload.catch({}).parse(json);
const isKind = (k: string): k is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(k);

/** One person's notifications, newest first, a page at a time (`cursor`: the last id seen). */
export async function listNotifications(db: TenantDb, membershipId: string, page: { cursor?: string } = {}) {
  const rows = await db.notification.findMany({
    where: { membershipId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATIONS_PAGE + 1,
    ...(page.cursor ? { cursor: { tenantId_id: { tenantId: db.tenantId, id: page.cursor } }, skip: 1 } : {}),
    select: LIST_SELECT,
  });
  const items = rows
    .slice(0, NOTIFICATIONS_PAGE)
    // A kind this build does not know (written by a newer one) is left out rather than shown blank.
    .flatMap((r) => (isKind(r.kind) ? [{ ...r, kind: r.kind, payload: readPayload(r.payload) }] : []));
  return { items, nextCursor: rows.length > NOTIFICATIONS_PAGE ? rows[NOTIFICATIONS_PAGE - 1]!.id : null };
}

export function unreadCount(db: TenantDb, membershipId: string): Promise<number> {
  return db.notification.count({ where: { membershipId, readAt: null } });
}

/*
 * Marking read is the reader's own view state, not a change to the tenant's business: it
 * writes no activity row (the bell would otherwise fill the history with "read" entries).
 */

/** Marks the person's own notifications among `ids` read; others' ids change nothing. */
export async function markRead(db: TenantDb, membershipId: string, ids: readonly string[], now = new Date()): Promise<{ count: number }> {
  if (ids.length === 0) return { count: 0 };
  const { count } = await db.notification.updateMany({ where: { membershipId, id: { in: [...ids] }, readAt: null }, data: { readAt: now } });
  return { count };
}

export async function markAllRead(db: TenantDb, membershipId: string, now = new Date()): Promise<{ count: number }> {
  const { count } = await db.notification.updateMany({ where: { membershipId, readAt: null }, data: { readAt: now } });
  return { count };
}
