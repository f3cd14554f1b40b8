/**
 * A tenant's SSO connection: its settings (secret encrypted, never returned), the Auth.js
 * provider built from them at sign-in, and the decision on who may come in through it.
 */
import type { Role } from "@/generated/prisma/enums";
import { env } from "@/env";
import { recordActivity, recordTenantActivity } from "@/server/activity/record";
import { systemDb } from "@/server/db/clients";
import type { TenantDb } from "@/server/db/tenant";
import { AppError, fieldError } from "@/server/errors";
import type { SaveSsoInput } from "@/server/routers/identity/sso.schema";
import { hasVerifiedDomain } from "./domains";
import { emailDomain } from "./email";
import { testDiscovery } from "./oidc-discovery";
import { decryptSecret, encryptSecret, keyFromBase64 } from "./secret-box";

const key = () => keyFromBase64(env().ENCRYPTION_KEY);

export async function getSsoSettings(db: TenantDb) {
  const conn = await db.ssoConnection.findFirst({ select: { issuer: true, clientId: true, enforceSso: true, jitEnabled: true, jitRole: true, updatedAt: true } });
  return conn ? { ...conn, hasSecret: true } : null;
}

export async function saveSsoSettings(db: TenantDb, actorId: string, input: SaveSsoInput) {
  const tenantId = db.tenantId;
  const probe = await testDiscovery(input.issuer);
  if (!probe.ok) throw new AppError("INVALID_INPUT", probe.problems.join(" "), { issuer: probe.problems });
  if (input.enforceSso && !(await hasVerifiedDomain(db))) throw fieldError("enforceSso", "enforceNeedsDomain");

  const before = await db.ssoConnection.findFirst({ select: { issuer: true, clientId: true, enforceSso: true, jitEnabled: true, jitRole: true } });
  const secret = input.clientSecret?.trim();
  if (!before && !secret) throw fieldError("clientSecret", "clientSecretRequired");
  const data = {
    issuer: input.issuer,
    clientId: input.clientId,
    enforceSso: input.enforceSso,
    jitEnabled: input.jitEnabled,
    jitRole: input.jitRole,
    ...(secret ? { clientSecretEnc: encryptSecret(secret, key()) } : {}),
  };
  await db.ssoConnection.upsert({ where: { tenantId }, update: data, create: { tenantId, clientSecretEnc: "", ...data } });
  const { clientSecret: _secret, ...after } = input;
  await recordActivity(db, {
    actorId,
    action: "sso.saved",
    entityType: "SsoConnection",
    entityId: tenantId,
    before: before ?? undefined,
    after: { ...after, secretChanged: Boolean(secret) },
  });
}

/** What Auth.js needs to run the OIDC flow for a tenant; null when it has no SSO. */
export async function ssoClientFor(slug: string) {
  const t = await systemDb().tenant.findUnique({
    where: { slug },
    select: { ssoConnection: { select: { issuer: true, clientId: true, clientSecretEnc: true } } },
  });
  const c = t?.ssoConnection;
  if (!c) return null;
  return { issuer: c.issuer, clientId: c.clientId, clientSecret: decryptSecret(c.clientSecretEnc, key()) };
}

export type SsoDenial = "domain" | "not-member" | "unverified";

/**
 * Decides whether a person coming back from the tenant's IdP gets in: the address must be
 * verified and on one of the tenant's verified domains, and be a member already or join just
 * in time — the first person from a domain too, since verifying the domain is what makes the
 * tenant's IdP trusted for its addresses.
 */
export async function admitSsoUser(
  slug: string,
  claims: { email: string; name: string; emailVerified: boolean },
  now = new Date(),
): Promise<{ ok: true; userId: string } | { ok: false; reason: SsoDenial }> {
  if (!claims.emailVerified) return { ok: false, reason: "unverified" };
  const db = systemDb();
  const tenant = await db.tenant.findUnique({
    where: { slug },
    select: { id: true, emailDomains: { where: { status: "VERIFIED" }, select: { domain: true } }, ssoConnection: { select: { jitEnabled: true, jitRole: true } } },
  });
  if (!tenant?.ssoConnection || !tenant.emailDomains.some((d) => d.domain === emailDomain(claims.email))) return { ok: false, reason: "domain" };
  return db.$transaction(async (tx) => {
    const known = await tx.user.findUnique({ where: { email: claims.email }, select: { id: true } });
    const member = known && (await tx.membership.findUnique({ where: { tenantId_userId: { tenantId: tenant.id, userId: known.id } } }));
    if (known && member) {
      await tx.user.update({ where: { id: known.id }, data: { lastLoginAt: now } });
      return { ok: true as const, userId: known.id };
    }
    if (!tenant.ssoConnection?.jitEnabled) return { ok: false as const, reason: "not-member" as const };
    const user = known ?? (await tx.user.create({ data: { email: claims.email, name: claims.name }, select: { id: true } }));
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    const roles: Role[] = [tenant.ssoConnection.jitRole];
    const m = await tx.membership.create({ data: { tenantId: tenant.id, userId: user.id, roles } });
    await recordTenantActivity(tx, tenant.id, { actorId: user.id, action: "member.joined-jit", entityType: "Membership", entityId: m.id, after: { email: claims.email, roles } });
    return { ok: true as const, userId: user.id };
  });
}
