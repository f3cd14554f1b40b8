/**
 * Magic links: single-use, 15-minute sign-in links sent by email. They prove the address,
 * not a tenant; `tenantSlug` only says where to land. Issuing is rate-limited per address.
 */
import type { Prisma } from "@/generated/prisma/client";
import { env } from "@/env";
import type { AppLocale } from "@/i18n/locales";
import { queueEmail } from "@/server/comms/outbox";
import { systemDb } from "@/server/db/clients";
import { AppError } from "@/server/errors";
import { generateToken, hashToken, MAGIC_LINK_TTL_MS, tokenState, type TokenState } from "./tokens";

export const MAGIC_LINKS_PER_WINDOW = 5;
export const MAGIC_LINK_WINDOW_MS = 15 * 60 * 1000;

export type MagicLinkRequest = {
  email: string;
  locale: AppLocale;
  tenant: { id: string; slug: string; name: string; brandColor: string | null } | null;
  firstSignIn: boolean;
};

/** Writes the link and its email in `tx`; returns the outbox id to dispatch after commit. */
export async function issueMagicLink(tx: Prisma.TransactionClient, r: MagicLinkRequest, now = new Date()): Promise<string> {
  const recent = await tx.magicLink.count({ where: { email: r.email, createdAt: { gt: new Date(now.getTime() - MAGIC_LINK_WINDOW_MS) } } });
  if (recent >= MAGIC_LINKS_PER_WINDOW) {
    throw new AppError("RATE_LIMITED", "Too many sign-in links were sent to this address. Wait a few minutes and try again.", {
      email: ["tooManyLinks"],
    });
  }
  const { token, id } = await mintSignInToken(tx, r.email, r.tenant?.slug ?? null, now);
  return queueEmail(tx, {
    tenantId: r.tenant?.id ?? null,
    template: "magic-link",
    to: r.email,
    locale: r.locale,
    idempotencyKey: `magic-link:${id}`,
    payload: {
      url: `${env().APP_URL}/auth/magic?token=${encodeURIComponent(token)}`,
      tenantName: r.tenant?.name ?? null,
      brandColor: r.tenant?.brandColor ?? null,
      expiresInMinutes: MAGIC_LINK_TTL_MS / 60_000,
      firstSignIn: r.firstSignIn,
    },
  });
}

/**
 * A sign-in token without an email: used when the person has just proved their address
 * another way (accepting an invitation) and is signed in at once.
 */
export async function mintSignInToken(tx: Prisma.TransactionClient, email: string, tenantSlug: string | null, now = new Date()) {
  const { token, tokenHash } = generateToken();
  const link = await tx.magicLink.create({
    data: { email, tokenHash, tenantSlug, expiresAt: new Date(now.getTime() + MAGIC_LINK_TTL_MS) },
    select: { id: true },
  });
  return { token, id: link.id };
}

export async function inspectMagicLink(token: string, now = new Date()): Promise<{ state: TokenState | "unknown"; email?: string; tenantSlug?: string | null }> {
  const link = await systemDb().magicLink.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!link) return { state: "unknown" };
  return { state: tokenState(link, now), email: link.email, tenantSlug: link.tenantSlug };
}

/**
 * Uses the link up, atomically: of two clicks racing, one wins. Returns the signed-in user
 * and where to land, or null when the link is unknown, used or expired.
 */
export async function consumeMagicLink(token: string, now = new Date()) {
  const db = systemDb();
  const tokenHash = hashToken(token);
  const used = await db.magicLink.updateMany({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (used.count !== 1) return null;
  const link = await db.magicLink.findUniqueOrThrow({ where: { tokenHash } });
  const user = await db.user.update({ where: { email: link.email }, data: { lastLoginAt: now } }).catch(() => null);
  return user ? { user, tenantSlug: link.tenantSlug } : null;
}
