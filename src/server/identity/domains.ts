/**
 * A tenant's email domains for SSO. Adding one verifies it at once when the admin's own
 * address is on it (signing in proved they hold a mailbox there: a magic link reached it, or
 * the tenant's IdP vouched for it on an already verified domain); otherwise it stays pending
 * with a DNS challenge to publish. Only verified domains route sign-in (login.ts) and let
 * newcomers join (sso.ts), so a domain is never trusted because someone typed it.
 */
import allMailProviders from "email-providers/all.json";
import { Prisma } from "@/generated/prisma/client";
import { env } from "@/env";
import { recordActivity } from "@/server/activity/record";
import { systemDb } from "@/server/db/clients";
import type { TenantDb } from "@/server/db/tenant";
import { fieldError, msg, notFound } from "@/server/errors";
import { checkChallenge, challengeRecord, newVerificationToken, type DnsOptions } from "./domain-dns";
import { emailDomain } from "./email";

/** Public mail services (gmail.com, orange.fr…): their users do not all work for one company. */
const PUBLIC_MAIL = new Set<string>(allMailProviders);

const SELECT = {
  domain: true,
  status: true,
  verificationToken: true,
  verifiedBy: true,
  verifiedAt: true,
  verifier: { select: { name: true } },
  lastCheckedAt: true,
  lastProblem: true,
  createdAt: true,
} as const satisfies Prisma.EmailDomainSelect;

type Row = Prisma.EmailDomainGetPayload<{ select: typeof SELECT }>;

/** What the SSO page shows; the DNS record only while it is still needed. */
function view(r: Row) {
  return {
    domain: r.domain,
    status: r.status,
    record: r.status === "PENDING" ? challengeRecord(r.domain, r.verificationToken) : null,
    verifiedBy: r.verifiedBy,
    verifiedAt: r.verifiedAt,
    verifierName: r.verifier?.name ?? null,
    lastCheckedAt: r.lastCheckedAt,
    lastProblem: r.lastProblem,
  };
}
export type DomainView = ReturnType<typeof view>;

const where = (db: TenantDb, domain: string) => ({ tenantId_domain: { tenantId: db.tenantId, domain } });
const taken = (domain: string) => fieldError("domain", msg("domainTaken", { domain }), "CONFLICT");
const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/** Another tenant's verified domain is out of reach; its pending claims are not (row-level security hides both). */
async function verifiedElsewhere(db: TenantDb, domain: string): Promise<boolean> {
  const hit = await systemDb().emailDomain.findFirst({ where: { domain, status: "VERIFIED", tenantId: { not: db.tenantId } }, select: { tenantId: true } });
  return hit !== null;
}

export async function listDomains(db: TenantDb): Promise<DomainView[]> {
  return (await db.emailDomain.findMany({ select: SELECT, orderBy: { domain: "asc" } })).map(view);
}

export async function addDomain(db: TenantDb, actor: { id: string; email: string }, domain: string): Promise<DomainView> {
  if (PUBLIC_MAIL.has(domain)) throw fieldError("domain", msg("domainPublic", { domain }));
  if (await db.emailDomain.findUnique({ where: where(db, domain), select: { domain: true } })) {
    throw fieldError("domain", msg("domainAlreadyAdded", { domain }), "CONFLICT");
  }
  if (await verifiedElsewhere(db, domain)) throw taken(domain);
  const own = emailDomain(actor.email) === domain;
  const proof = own ? ({ status: "VERIFIED", verifiedBy: "OWN_EMAIL", verifiedAt: new Date(), verifiedById: actor.id } as const) : {};
  const row = await db.emailDomain
    .create({ data: { tenantId: db.tenantId, domain, verificationToken: newVerificationToken(), ...proof }, select: SELECT })
    .catch((e: unknown) => {
      // Another tenant verified it between the check and now: the partial unique index says so.
      throw isUniqueViolation(e) ? taken(domain) : e;
    });
  await recordActivity(db, { actorId: actor.id, action: "domain.added", entityType: "EmailDomain", entityId: domain, after: { domain, status: row.status } });
  if (own) await recordActivity(db, { actorId: actor.id, action: "domain.verified", entityType: "EmailDomain", entityId: domain, after: { domain, verifiedBy: "OWN_EMAIL" } });
  return view(row);
}

const dnsFromEnv = (): DnsOptions => ({ servers: env().DNS_SERVERS });

/**
 * Looks the challenge up. Not finding it is an answer, not an error: the domain stays pending
 * with the reason, which the page shows (and which is kept, so a reload still shows it).
 */
export async function verifyDomain(db: TenantDb, actorId: string, domain: string, dns: DnsOptions = dnsFromEnv()): Promise<DomainView> {
  const row = await db.emailDomain.findUnique({ where: where(db, domain), select: SELECT });
  if (!row) throw notFound("This domain");
  if (row.status === "VERIFIED") return view(row);
  if (await verifiedElsewhere(db, domain)) throw taken(domain);
  const check = await checkChallenge(domain, row.verificationToken, dns);
  const now = new Date();
  if (!check.found) {
    return view(await db.emailDomain.update({ where: where(db, domain), data: { lastCheckedAt: now, lastProblem: check.problem }, select: SELECT }));
  }
  const verified = await db.emailDomain
    .update({
      where: where(db, domain),
      data: { status: "VERIFIED", verifiedBy: "DNS_TXT", verifiedAt: now, verifiedById: actorId, lastCheckedAt: now, lastProblem: null },
      select: SELECT,
    })
    .catch((e: unknown) => {
      throw isUniqueViolation(e) ? taken(domain) : e;
    });
  await recordActivity(db, { actorId, action: "domain.verified", entityType: "EmailDomain", entityId: domain, after: { domain, verifiedBy: "DNS_TXT" } });
  return view(verified);
}

export async function removeDomain(db: TenantDb, actorId: string, domain: string): Promise<void> {
  const row = await db.emailDomain.findUnique({ where: where(db, domain), select: { status: true, verifiedBy: true } });
  if (!row) throw notFound("This domain");
  if (row.status === "VERIFIED") {
    // With SSO required and no verified domain left, nobody could reach the IdP from /login.
    const [sso, verified] = await Promise.all([
      db.ssoConnection.findFirst({ select: { enforceSso: true } }),
      db.emailDomain.count({ where: { status: "VERIFIED" } }),
    ]);
    if (sso?.enforceSso && verified === 1) throw fieldError("domain", msg("domainLastEnforced", { domain }), "CONFLICT");
  }
  await db.emailDomain.delete({ where: where(db, domain) });
  await recordActivity(db, { actorId, action: "domain.removed", entityType: "EmailDomain", entityId: domain, before: { domain, status: row.status, verifiedBy: row.verifiedBy } });
}

/** For the save of SSO settings: "require SSO" needs a verified domain to send people to the IdP. */
export async function hasVerifiedDomain(db: TenantDb): Promise<boolean> {
  return (await db.emailDomain.count({ where: { status: "VERIFIED" } })) > 0;
}
