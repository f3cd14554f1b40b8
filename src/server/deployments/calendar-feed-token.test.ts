/** The feed URL's token: derived, not stored; only the current nonce opens a feed. */
import { describe, expect, it } from "vitest";
import { feedToken, feedUrl, newFeedKey, verifyFeedToken } from "./calendar-feed-token";

const SECRET = "s".repeat(40);
const MEMBER = "01970000-0000-7000-8000-000000000001";
const OTHER = "01970000-0000-7000-8000-000000000002";

describe("feedToken", () => {
  it("is the same for the same secret, member and key, and URL-safe", () => {
    const t = feedToken(SECRET, MEMBER, "key-1");
    expect(feedToken(SECRET, MEMBER, "key-1")).toBe(t);
    expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("changes with the key, the member and the server secret", () => {
    const t = feedToken(SECRET, MEMBER, "key-1");
    expect(feedToken(SECRET, MEMBER, "key-2")).not.toBe(t);
    expect(feedToken(SECRET, OTHER, "key-1")).not.toBe(t);
    expect(feedToken("t".repeat(40), MEMBER, "key-1")).not.toBe(t);
  });
});

describe("verifyFeedToken", () => {
  const key = newFeedKey();
  const token = feedToken(SECRET, MEMBER, key);

  it("accepts the token of the member's current key", () => {
    expect(verifyFeedToken(SECRET, MEMBER, key, token)).toBe(true);
  });

  it.each([
    ["a regenerated key", () => verifyFeedToken(SECRET, MEMBER, newFeedKey(), token)],
    ["a turned-off feed", () => verifyFeedToken(SECRET, MEMBER, null, token)],
    ["another member's URL", () => verifyFeedToken(SECRET, OTHER, key, token)],
    ["one changed character", () => verifyFeedToken(SECRET, MEMBER, key, (token[0] === "A" ? "B" : "A") + token.slice(1))],
    ["a shorter token", () => verifyFeedToken(SECRET, MEMBER, key, token.slice(0, -1))],
    ["an empty token", () => verifyFeedToken(SECRET, MEMBER, key, "")],
    ["a non-ASCII token of the same length", () => verifyFeedToken(SECRET, MEMBER, key, "é".repeat(43))],
  ])("refuses %s", (_, check) => {
    expect(check()).toBe(false);
  });
});

describe("newFeedKey", () => {
  it("is 256 random bits, never the same twice", () => {
    const keys = new Set(Array.from({ length: 50 }, newFeedKey));
    expect(keys.size).toBe(50);
    for (const k of keys) expect(Buffer.from(k, "base64url")).toHaveLength(32);
  });
});

describe("feedUrl", () => {
  it("is /api/calendar/<member>/<token>.ics under the app's address", () => {
    expect(feedUrl("https://app.example.com/", MEMBER, "tok")).toBe(`https://app.example.com/api/calendar/${MEMBER}/tok.ics`);
    expect(feedUrl("http://localhost:3000", MEMBER, "tok")).toBe(`http://localhost:3000/api/calendar/${MEMBER}/tok.ics`);
  });
});
