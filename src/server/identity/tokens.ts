/**
 * Single-use secrets sent by email (magic links, invitations): 256 random bits shown once,
 * stored only as a SHA-256 hash, valid until they expire, are used, or are revoked.
 */
import { createHash, randomBytes } from "node:crypto";

export function generateToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type TokenState = "valid" | "expired" | "used" | "revoked";

export function tokenState(
  t: { expiresAt: Date; usedAt?: Date | null; revokedAt?: Date | null },
  now: Date,
): TokenState {
  if (t.revokedAt) return "revoked";
  if (t.usedAt) return "used";
  if (t.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

export const MAGIC_LINK_TTL_MS = 15 * 60 * 1000;
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
