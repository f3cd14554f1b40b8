/**
 * Server-side sessions: the rows the session cookie refers to (model `UserSession`). Auth.js
 * keeps its JWT cookie — Credentials providers cannot use its database sessions — but the JWT
 * only names a session here, by a 256-bit secret of which the row keeps the SHA-256. Every
 * request checks the row (one read by a unique index), so signing out, "sign out of all
 * devices", the idle timeout and the lifetime all take effect on the next request, and a copy
 * of the cookie taken before sign-out stops working. The table is global, like User, and read
 * through the system client: a session precedes any tenant.
 */
import type { Prisma } from "@/generated/prisma/client";
import { env } from "@/env";
import { systemDb, type Db } from "@/server/db/clients";
import { generateToken, hashToken } from "@/server/identity/tokens";
import type { Device } from "./devices";
import { idleBefore, needsTouch, newSessionTimes, sessionPolicy, sessionState, type SessionPolicy } from "./session-state";

const currentPolicy = (): SessionPolicy => sessionPolicy(env());

/** Opens a session for a person who has just proved who they are; the token goes in the cookie. */
export async function startSession(userId: string, device: Device, now = new Date()): Promise<{ id: string; token: string }> {
  const { token, tokenHash } = generateToken();
  const row = await systemDb().userSession.create({
    data: {
      userId,
      tokenHash,
      ...newSessionTimes(now, currentPolicy()),
      userAgent: device.userAgent?.slice(0, 512) ?? null,
      ipAddress: device.ipAddress?.slice(0, 64) ?? null,
    },
    select: { id: true },
  });
  return { id: row.id, token };
}

/**
 * The session a cookie's token names, if it is still active; refreshes its `lastSeenAt` when
 * that has grown stale. Null for an unknown, revoked, expired or idle session.
 */
export async function activeSession(token: string, now = new Date(), policy = currentPolicy()): Promise<{ id: string; userId: string } | null> {
  const db = systemDb();
  const row = await db.userSession.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, lastSeenAt: true, expiresAt: true, revokedAt: true },
  });
  if (!row || sessionState(row, now, policy) !== "active") return null;
  if (needsTouch(row, now, policy)) {
    await db.userSession.updateMany({ where: { id: row.id, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return { id: row.id, userId: row.userId };
}

async function revoke(where: Prisma.UserSessionWhereInput, now: Date): Promise<number> {
  return (await systemDb().userSession.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt: now } })).count;
}

/** Signing out with the cookie in hand (Auth.js's sign-out event). */
export async function endSessionByToken(token: string, now = new Date()): Promise<void> {
  await revoke({ tokenHash: hashToken(token) }, now);
}

/** Ends one of the person's own sessions (this browser's, or one from their list). */
export async function endSession(userId: string, sessionId: string, now = new Date()): Promise<boolean> {
  return (await revoke({ userId, id: sessionId }, now)) === 1;
}

/** "Sign out of all devices": every session of this person, and of no one else. */
export async function endAllSessions(userId: string, now = new Date()): Promise<number> {
  return revoke({ userId }, now);
}

/** Rows that can never be active again: what the daily clean-up deletes. */
export function endedSessionsWhere(now: Date, policy: SessionPolicy): Prisma.UserSessionWhereInput {
  return { OR: [{ revokedAt: { not: null } }, { expiresAt: { lte: now } }, { lastSeenAt: { lte: idleBefore(now, policy) } }] };
}

export async function deleteEndedSessions(db: Db, now = new Date(), policy = currentPolicy()): Promise<number> {
  return (await db.userSession.deleteMany({ where: endedSessionsWhere(now, policy) })).count;
}

/** The person's active sessions, most recently used first, this browser's marked: "Your sessions". */
export async function listSessions(userId: string, currentId: string, now = new Date(), policy = currentPolicy()) {
  const rows = await systemDb().userSession.findMany({
    where: { userId, NOT: endedSessionsWhere(now, policy) },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, ipAddress: true },
    orderBy: { lastSeenAt: "desc" },
  });
  return rows.map((r) => ({ ...r, current: r.id === currentId }));
}
