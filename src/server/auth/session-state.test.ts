/**
 * Tests for the session rules: when a session is over (revoked, past its lifetime, idle) and
 * when a request refreshes its last-seen time.
 */
import { describe, expect, it } from "vitest";
import { idleBefore, needsTouch, newSessionTimes, sessionPolicy, sessionState, touchIntervalMs, type SessionPolicy } from "./session-state";

const MIN = 60_000;
const HOUR = 60 * MIN;
const policy: SessionPolicy = sessionPolicy({ SESSION_LIFETIME_HOURS: 168, SESSION_IDLE_TIMEOUT_HOURS: 24 });
const signedIn = new Date("2026-12-01T09:00:00Z");
const at = (ms: number) => new Date(signedIn.getTime() + ms);
const fresh = () => ({ ...newSessionTimes(signedIn, policy), revokedAt: null });

describe("sessionPolicy", () => {
  it("reads the environment's hours, fractions included", () => {
    expect(policy).toEqual({ lifetimeMs: 168 * HOUR, idleMs: 24 * HOUR });
    expect(sessionPolicy({ SESSION_LIFETIME_HOURS: 8, SESSION_IDLE_TIMEOUT_HOURS: 0.5 })).toEqual({ lifetimeMs: 8 * HOUR, idleMs: 30 * MIN });
  });
});

describe("newSessionTimes", () => {
  it("starts seen now and ends one lifetime later", () => {
    expect(newSessionTimes(signedIn, policy)).toEqual({ createdAt: signedIn, lastSeenAt: signedIn, expiresAt: at(168 * HOUR) });
  });
});

describe("sessionState", () => {
  it("is active just after sign-in and while in use", () => {
    expect(sessionState(fresh(), signedIn, policy)).toBe("active");
    expect(sessionState({ ...fresh(), lastSeenAt: at(100 * HOUR) }, at(110 * HOUR), policy)).toBe("active");
  });

  it("is revoked once signed out, whatever the times say", () => {
    expect(sessionState({ ...fresh(), revokedAt: at(MIN) }, at(2 * MIN), policy)).toBe("revoked");
    expect(sessionState({ ...fresh(), revokedAt: at(MIN) }, at(200 * HOUR), policy)).toBe("revoked");
  });

  it("expires at its absolute end even when used a minute ago", () => {
    const busy = { ...fresh(), lastSeenAt: at(168 * HOUR - MIN) };
    expect(sessionState(busy, at(168 * HOUR - 1), policy)).toBe("active");
    expect(sessionState(busy, at(168 * HOUR), policy)).toBe("expired");
  });

  it("is idle from exactly one idle timeout after it was last seen", () => {
    const seen = { ...fresh(), lastSeenAt: at(10 * HOUR) };
    expect(sessionState(seen, at(34 * HOUR - 1), policy)).toBe("active");
    expect(sessionState(seen, at(34 * HOUR), policy)).toBe("idle");
    expect(sessionState(fresh(), at(24 * HOUR), policy)).toBe("idle");
  });

  it("says expired rather than idle when both apply", () => {
    expect(sessionState({ ...fresh(), lastSeenAt: at(100 * HOUR) }, at(170 * HOUR), policy)).toBe("expired");
  });
});

describe("touch throttling", () => {
  it("refreshes last-seen at most every five minutes with a long idle timeout", () => {
    expect(touchIntervalMs(policy)).toBe(5 * MIN);
    expect(needsTouch(fresh(), at(0), policy)).toBe(false);
    expect(needsTouch(fresh(), at(5 * MIN - 1), policy)).toBe(false);
    expect(needsTouch(fresh(), at(5 * MIN), policy)).toBe(true);
    expect(needsTouch({ ...fresh(), lastSeenAt: at(3 * HOUR) }, at(3 * HOUR + 4 * MIN), policy)).toBe(false);
  });

  it("refreshes more often under a short idle timeout, so the lag stays a small part of it", () => {
    const strict = sessionPolicy({ SESSION_LIFETIME_HOURS: 8, SESSION_IDLE_TIMEOUT_HOURS: 0.5 });
    expect(touchIntervalMs(strict)).toBe(2.5 * MIN);
    expect(needsTouch(fresh(), at(2.5 * MIN), strict)).toBe(true);
  });

  it("never refreshes a session that is over", () => {
    expect(needsTouch({ ...fresh(), revokedAt: at(MIN) }, at(10 * MIN), policy)).toBe(false);
    expect(needsTouch(fresh(), at(24 * HOUR), policy)).toBe(false);
    expect(needsTouch({ ...fresh(), lastSeenAt: at(167 * HOUR) }, at(168 * HOUR), policy)).toBe(false);
  });
});

describe("idleBefore", () => {
  it("is the last-seen time from which a session counts as idle now", () => {
    const now = at(30 * HOUR);
    const limit = idleBefore(now, policy);
    expect(limit).toEqual(at(6 * HOUR));
    expect(sessionState({ ...fresh(), lastSeenAt: limit }, now, policy)).toBe("idle");
    expect(sessionState({ ...fresh(), lastSeenAt: new Date(limit.getTime() + 1) }, now, policy)).toBe("active");
  });
});
