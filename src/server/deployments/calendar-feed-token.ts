/**
 * The secret part of a member's iCalendar feed URL. A calendar app cannot sign in, so the URL
 * itself is the credential: `/api/calendar/<membershipId>/<token>.ics`, where the token is an
 * HMAC over the membership id and its `calendarFeedKey` (a random nonce kept on the row).
 * Nothing secret is stored that would open the feed by itself: the token is recomputed from the
 * server secret, and a new nonce (regenerate) or none (turn off) makes every old URL fail.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * AUTH_SECRET also signs sessions: the feed uses a key derived for this purpose alone, so a
 * token can never be mistaken for (or help forge) anything else signed with the same secret.
 */
const PURPOSE = "switchboard/calendar-feed/v1";

function feedKeyOf(secret: string): Buffer {
  return createHmac("sha256", secret).update(PURPOSE).digest();
}

/** A fresh nonce for `Membership.calendarFeedKey`: 256 random bits. */
export function newFeedKey(): string {
  return randomBytes(32).toString("base64url");
}

export function feedToken(secret: string, membershipId: string, key: string): string {
  return createHmac("sha256", feedKeyOf(secret)).update(`${membershipId}:${key}`).digest("base64url");
}

/** Constant-time: how much of a guess matched must not show in how long the answer takes. */
export function verifyFeedToken(secret: string, membershipId: string, key: string | null, token: string): boolean {
  if (!key) return false;
  const expected = Buffer.from(feedToken(secret, membershipId, key));
  const given = Buffer.from(token);
  // Every token has the same length, so comparing lengths first reveals nothing.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const FEED_PATH_PREFIX = "/api/calendar";

/** The address a calendar app subscribes to. */
export function feedUrl(appUrl: string, membershipId: string, token: string): string {
  return `${appUrl.replace(/\/+$/, "")}${FEED_PATH_PREFIX}/${membershipId}/${token}.ics`;
}
