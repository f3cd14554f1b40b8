/**
 * Tests for single-use email tokens: unguessable, stored only as a hash, and judged in a
 * fixed order (revoked, used, expired, valid).
 */
import { createHash } from "node:crypto";
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { INVITATION_TTL_MS, MAGIC_LINK_TTL_MS, generateToken, hashToken, tokenState } from "./tokens";

describe("generateToken", () => {
  it("gives a base64url token of at least 256 bits", () => {
    const { token } = generateToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(32);
    expect(token.length).toBeGreaterThanOrEqual(43);
  });

  it("is safe to put in a URL unchanged", () => {
    const { token } = generateToken();
    expect(encodeURIComponent(token)).toBe(token);
  });

  it("never repeats across many calls", () => {
    const tokens = new Set<string>();
    const hashes = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const { token, tokenHash } = generateToken();
      tokens.add(token);
      hashes.add(tokenHash);
    }
    expect(tokens.size).toBe(5000);
    expect(hashes.size).toBe(5000);
  });

  it("returns the hash of the token, which is not the token", () => {
    const { token, tokenHash } = generateToken();
    expect(tokenHash).toBe(hashToken(token));
    expect(tokenHash).not.toBe(token);
    expect(tokenHash).not.toContain(token);
  });
});

describe("hashToken", () => {
  it("is the hex SHA-256 of the token", () => {
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hashToken("")).toBe(createHash("sha256").update("").digest("hex"));
  });

  it("is deterministic and distinguishes different tokens", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
        expect(hashToken(a)).toBe(hashToken(a));
        if (a !== b) expect(hashToken(a)).not.toBe(hashToken(b));
      }),
    );
  });
});

describe("tokenState", () => {
  const now = new Date("2026-03-01T12:00:00.000Z");
  const past = new Date(now.getTime() - 1000);
  const future = new Date(now.getTime() + 1000);

  it("is valid before expiry when neither used nor revoked", () => {
    expect(tokenState({ expiresAt: future }, now)).toBe("valid");
    expect(tokenState({ expiresAt: future, usedAt: null, revokedAt: null }, now)).toBe("valid");
  });

  it("counts expiry exactly at now as expired", () => {
    expect(tokenState({ expiresAt: new Date(now.getTime()) }, now)).toBe("expired");
    expect(tokenState({ expiresAt: new Date(now.getTime() + 1) }, now)).toBe("valid");
  });

  it("is expired after expiry", () => {
    expect(tokenState({ expiresAt: past }, now)).toBe("expired");
  });

  it("is used once used, even before expiry", () => {
    expect(tokenState({ expiresAt: future, usedAt: past }, now)).toBe("used");
  });

  it("prefers used over expired", () => {
    expect(tokenState({ expiresAt: past, usedAt: past }, now)).toBe("used");
  });

  it("prefers revoked over used and expired", () => {
    expect(tokenState({ expiresAt: past, usedAt: past, revokedAt: past }, now)).toBe("revoked");
    expect(tokenState({ expiresAt: future, usedAt: past, revokedAt: past }, now)).toBe("revoked");
    expect(tokenState({ expiresAt: future, revokedAt: past }, now)).toBe("revoked");
  });

  it("property: precedence revoked > used > expired > valid", () => {
    const date = fc.date({ min: new Date("2020-01-01"), max: new Date("2030-01-01"), noInvalidDate: true });
    fc.assert(
      fc.property(date, fc.option(date, { nil: null }), fc.option(date, { nil: null }), date, (expiresAt, usedAt, revokedAt, at) => {
        const expected = revokedAt ? "revoked" : usedAt ? "used" : expiresAt.getTime() <= at.getTime() ? "expired" : "valid";
        expect(tokenState({ expiresAt, usedAt, revokedAt }, at)).toBe(expected);
      }),
    );
  });
});

describe("token lifetimes", () => {
  it("magic links last 15 minutes and invitations 7 days", () => {
    expect(MAGIC_LINK_TTL_MS).toBe(15 * 60_000);
    expect(INVITATION_TTL_MS).toBe(7 * 24 * 3_600_000);
  });
});
