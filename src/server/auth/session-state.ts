/**
 * When a server-side session is over, as pure rules over its row (OWASP ASVS 3.3): revoked by
 * signing out, past its absolute end (a fixed lifetime from sign-in, however busy the person),
 * or idle (unused for longer than the idle timeout). `lastSeenAt` is what idleness is measured
 * from; it is written at most once per touch interval, not on every request, so a busy person
 * costs one read per request and one write every few minutes.
 */
export type SessionPolicy = { lifetimeMs: number; idleMs: number };

export type SessionTimes = { lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null };

export type SessionState = "active" | "revoked" | "expired" | "idle";

const HOUR_MS = 3_600_000;
const MAX_TOUCH_INTERVAL_MS = 5 * 60_000;

export function sessionPolicy(e: { SESSION_LIFETIME_HOURS: number; SESSION_IDLE_TIMEOUT_HOURS: number }): SessionPolicy {
  return { lifetimeMs: e.SESSION_LIFETIME_HOURS * HOUR_MS, idleMs: e.SESSION_IDLE_TIMEOUT_HOURS * HOUR_MS };
}

/** The times a session signed in at `now` starts with. */
export function newSessionTimes(now: Date, policy: SessionPolicy): { createdAt: Date; lastSeenAt: Date; expiresAt: Date } {
  return { createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + policy.lifetimeMs) };
}

/** The first reason that ends a session, in the order a person would be told it. */
export function sessionState(s: SessionTimes, now: Date, policy: SessionPolicy): SessionState {
  if (s.revokedAt) return "revoked";
  if (now.getTime() >= s.expiresAt.getTime()) return "expired";
  if (now.getTime() - s.lastSeenAt.getTime() >= policy.idleMs) return "idle";
  return "active";
}

/**
 * How stale `lastSeenAt` may get before a request refreshes it. Since it lags the person's
 * real last request by up to this interval, a session can end that much before a full idle
 * timeout has passed: five minutes, or a twelfth of a short timeout, keeps that small.
 */
export function touchIntervalMs(policy: SessionPolicy): number {
  return Math.min(MAX_TOUCH_INTERVAL_MS, policy.idleMs / 12);
}

/** Whether this request should write `lastSeenAt` (only ever for an active session). */
export function needsTouch(s: SessionTimes, now: Date, policy: SessionPolicy): boolean {
  return sessionState(s, now, policy) === "active" && now.getTime() - s.lastSeenAt.getTime() >= touchIntervalMs(policy);
}

/** The instant before which a `lastSeenAt` means idle: for queries over many sessions. */
export function idleBefore(now: Date, policy: SessionPolicy): Date {
  return new Date(now.getTime() - policy.idleMs);
}
