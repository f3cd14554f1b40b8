/**
 * Factories shared by the dev seed, the tests and the bench: each creates a realistic row
 * graph and returns what it made. Idempotent where the dev seed re-runs them (upsert by the
 * natural key), fresh otherwise (unique names from `unique()`).
 */
import { randomBytes } from "node:crypto";
import type { Db } from "../../src/server/db/clients";
import type { Locale, Role } from "../../src/generated/prisma/enums";
import { encryptSecret } from "../../src/server/identity/secret-box";
import type { TemplateDocument } from "../../src/server/templates/document";

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

export type TenantSeed = { slug: string; name: string; locale?: Locale; country?: string; region?: string | null; timezone?: string };

/** By default an English reseller: a UK tenant needs a region, its nationwide list being no calendar. */
export async function seedTenant(db: Db, t: TenantSeed) {
  const data = { name: t.name, locale: t.locale ?? "en", country: t.country ?? "GB", region: t.region ?? (t.country ? null : "ENG"), timezone: t.timezone ?? "Europe/London" };
  return db.tenant.upsert({ where: { slug: t.slug }, update: data, create: { slug: t.slug, ...data } });
}

export async function seedMember(db: Db, tenantId: string, p: { email: string; name: string; roles: Role[]; locale?: Locale; holidayRegion?: string }) {
  const email = p.email.toLowerCase();
  const user = await db.user.upsert({ where: { email }, update: { name: p.name }, create: { email, name: p.name, locale: p.locale } });
  const membership = await db.membership.upsert({
    where: { tenantId_userId: { tenantId, userId: user.id } },
    update: { roles: p.roles, holidayRegion: p.holidayRegion },
    create: { tenantId, userId: user.id, roles: p.roles, holidayRegion: p.holidayRegion },
  });
  return { user, membership };
}

export async function seedSso(
  db: Db,
  tenantId: string,
  c: { issuer: string; clientId: string; clientSecret: string; domains: string[]; enforceSso?: boolean; jitEnabled?: boolean },
  encryptionKey: Buffer,
) {
  const data = {
    issuer: c.issuer,
    clientId: c.clientId,
    clientSecretEnc: encryptSecret(c.clientSecret, encryptionKey),
    enforceSso: c.enforceSso ?? false,
    jitEnabled: c.jitEnabled ?? false,
  };
  await db.ssoConnection.upsert({ where: { tenantId }, update: data, create: { tenantId, ...data } });
  // Seeded domains are the operator's word: verified without a DNS record.
  const verified = { status: "VERIFIED", verifiedBy: "OPERATOR", verifiedAt: new Date() } as const;
  for (const domain of c.domains) {
    await db.emailDomain.upsert({
      where: { tenantId_domain: { tenantId, domain } },
      update: verified,
      create: { tenantId, domain, verificationToken: randomBytes(16).toString("hex"), ...verified },
    });
  }
}

/**
 * A published installation template, made the default of `serviceTypeId`, so Mark Won can deploy
 * its lines: by default one Go-Live phase with one technician's action.
 */
export async function seedPublishedTemplate(db: Db, tenantId: string, serviceTypeId: string, document: TemplateDocument = ONE_ACTION): Promise<string> {
  const template = await db.template.create({ data: { tenantId, name: unique("Installation"), serviceTypeId }, select: { id: true } });
  await db.templateVersion.create({ data: { tenantId, templateId: template.id, number: 1, status: "PUBLISHED", publishedAt: new Date(), document } });
  await db.serviceType.update({ where: { tenantId_id: { tenantId, id: serviceTypeId } }, data: { defaultTemplateId: template.id } });
  return template.id;
}

const ONE_ACTION: TemplateDocument = {
  phases: [{ id: "go-live", name: "Go-Live", goLive: true, actions: [{ id: "install", title: "Install and test", description: "", role: "TECHNICIAN", trigger: { kind: "PHASE_START" }, condition: null, due: { kind: "AFTER_AVAILABLE", days: 2 }, capturesDate: null, emails: [] }] }],
};
