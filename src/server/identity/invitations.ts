/**
 * Invitations: an admin invites an address with roles; the email carries a signed (random,
 * hashed at rest), expiring, single-use link. Accepting it creates the person if needed and
 * the membership, and signs them in (the link proves the address).
 */
import type { Role } from "@/generated/prisma/enums";
import { env } from "@/env";
import { recordActivity, recordTenantActivity } from "@/server/activity/record";
import { dispatchEmails, queueEmail } from "@/server/comms/outbox";
import { systemDb } from "@/server/db/clients";
import type { TenantDb } from "@/server/db/tenant";
import { fieldError, notFound } from "@/server/errors";
import type { InviteMemberInput } from "@/server/routers/identity/members.schema";
import { mintSignInToken } from "./magic-link";
import { generateToken, hashToken, INVITATION_TTL_MS, tokenState, type TokenState } from "./tokens";

export async function listPendingInvitations(db: TenantDb, now = new Date()) {
  return db.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, roles: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
}

export async function inviteMember(db: TenantDb, inviter: { id: string; name: string }, input: InviteMemberInput, now = new Date()) {
  const tenant = db.tenantRef;
  const { token, tokenHash } = generateToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const member = await db.membership.findFirst({ where: { user: { email: input.email } }, select: { id: true } });
  if (member) throw fieldError("email", "alreadyMember", "CONFLICT");
  // A new invitation replaces a pending one: only the latest link works.
  await db.invitation.updateMany({ where: { email: input.email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
  const inv = await db.invitation.create({
    data: { tenantId: db.tenantId, email: input.email, roles: input.roles, tokenHash, invitedById: inviter.id, expiresAt },
    select: { id: true, email: true, roles: true, expiresAt: true, createdAt: true },
  });
  await recordActivity(db, { actorId: inviter.id, action: "invitation.sent", entityType: "Invitation", entityId: inv.id, after: { email: inv.email, roles: inv.roles } });
  const outboxId = await queueEmail(db, {
    tenantId: db.tenantId,
    template: "invitation",
    to: input.email,
    locale: tenant.locale,
    idempotencyKey: `invitation:${inv.id}`,
    payload: {
      url: `${env().APP_URL}/invite/${encodeURIComponent(token)}`,
      tenantName: tenant.name,
      brandColor: tenant.brandColor,
      inviterName: inviter.name,
      roles: inv.roles,
      expiresAt: expiresAt.toISOString(),
      timezone: tenant.timezone,
      country: tenant.country,
    },
  });
  db.afterCommit(() => dispatchEmails([outboxId]));
  return inv;
}

export async function revokeInvitation(db: TenantDb, actorId: string, invitationId: string, now = new Date()) {
  const revoked = await db.invitation.updateMany({ where: { id: invitationId, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
  if (revoked.count !== 1) throw notFound("This invitation");
  await recordActivity(db, { actorId, action: "invitation.revoked", entityType: "Invitation", entityId: invitationId });
  return { id: invitationId };
}

export type InvitationView = { state: TokenState | "unknown"; email?: string; tenantName?: string; tenantSlug?: string };

export async function inspectInvitation(token: string, now = new Date()): Promise<InvitationView> {
  const inv = await systemDb().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, expiresAt: true, acceptedAt: true, revokedAt: true, tenant: { select: { name: true, slug: true } } },
  });
  if (!inv) return { state: "unknown" };
  return { state: tokenState({ ...inv, usedAt: inv.acceptedAt }, now), email: inv.email, tenantName: inv.tenant.name, tenantSlug: inv.tenant.slug };
}

/**
 * Accepts an invitation exactly once. Returns the person and tenant, or the reason it cannot
 * be accepted. `name` is asked of people new to Switchboard.
 */
export async function acceptInvitation(token: string, name: string | null, now = new Date()) {
  return systemDb().$transaction(async (tx) => {
    const tokenHash = hashToken(token);
    const claimed = await tx.invitation.updateMany({
      where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) return { ok: false as const, state: (await inspectInvitation(token, now)).state };
    const inv = await tx.invitation.findUniqueOrThrow({ where: { tokenHash }, include: { tenant: { select: { slug: true, ssoConnection: { select: { enforceSso: true } } } } } });
    const user = await tx.user.upsert({
      where: { email: inv.email },
      update: { lastLoginAt: now },
      create: { email: inv.email, name: name?.trim() || inv.email.split("@")[0]!, lastLoginAt: now },
    });
    const existing = await tx.membership.findUnique({ where: { tenantId_userId: { tenantId: inv.tenantId, userId: user.id } } });
    const roles: Role[] = [...new Set([...(existing?.roles ?? []), ...inv.roles])];
    const m = await tx.membership.upsert({
      where: { tenantId_userId: { tenantId: inv.tenantId, userId: user.id } },
      update: { roles },
      create: { tenantId: inv.tenantId, userId: user.id, roles },
    });
    await recordTenantActivity(tx, inv.tenantId, { actorId: user.id, action: "invitation.accepted", entityType: "Membership", entityId: m.id, before: existing ? { roles: existing.roles } : undefined, after: { email: user.email, roles } });
    const enforceSso = Boolean(inv.tenant.ssoConnection?.enforceSso);
    // Enforced SSO means the person signs in at their IdP next; otherwise the link signs them in.
    const signInToken = enforceSso ? null : (await mintSignInToken(tx, user.email, inv.tenant.slug, now)).token;
    return { ok: true as const, tenantSlug: inv.tenant.slug, signInToken };
  });
}
