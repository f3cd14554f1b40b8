/**
 * SSO against the real database, a real dev IdP and a real DNS server on loopback: the
 * connection settings, email domains (verified by the admin's own address or by a DNS TXT
 * record, pending otherwise), sign-in routing and just-in-time membership, which only verified
 * domains open.
 */
import { createSocket } from "node:dgram";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/server/db/tenant";
import { verifyDomain } from "@/server/identity/domains";
import { admitSsoUser } from "@/server/identity/sso";
import { startDevIdp, type DevIdp } from "../../scripts/dev-idp";
import { startDnsServer } from "../support/dns-server";
import { callerFor, failure, makeTenant, ownerDb } from "../support/fixtures";

// Before anything reads the environment (env() caches it per test file): lookups go here.
const dns = await startDnsServer();
process.env.DNS_SERVERS = dns.address;

let idp: DevIdp;
beforeAll(async () => {
  idp = await startDevIdp({ port: 0, issuer: "http://localhost:0", clients: [] });
});
afterAll(async () => {
  await idp.close();
  await dns.close();
});

const settings = (issuer: string) => ({ issuer, clientId: "switchboard", clientSecret: "s3cret-value", enforceSso: false, jitEnabled: true, jitRole: "VIEWER" as const });
const claims = (email: string) => ({ email, name: "Jo Newcomer", emailVerified: true });
const route = (email: string) => callerFor(null, null).identity.startLogin({ email, locale: "en" });
const activity = async (tenantId: string) =>
  (await ownerDb().activity.findMany({ where: { tenantId, entityType: "EmailDomain" }, orderBy: { createdAt: "asc" } })).map((a) => [a.action, a.entityId]);

/** A tenant with SSO saved, and a caller as its admin. */
async function ssoTenant(label: string) {
  const t = await makeTenant(label);
  const caller = callerFor(t.adminUser, t.slug);
  await caller.sso.save(settings(idp.url));
  return { ...t, caller };
}

describe("SSO settings", () => {
  it("are saved with the secret encrypted and never sent back; blank keeps the secret", async () => {
    const { slug, adminUser, tenant } = await makeTenant("sso");
    const caller = callerFor(adminUser, slug);
    await caller.sso.save(settings(idp.url));
    const stored = await ownerDb().ssoConnection.findUniqueOrThrow({ where: { tenantId: tenant.id } });
    expect(stored.clientSecretEnc).not.toContain("s3cret-value");
    const shown = await caller.sso.get();
    expect(shown).toMatchObject({ issuer: idp.url, clientId: "switchboard", hasSecret: true });
    expect(JSON.stringify(shown)).not.toMatch(/s3cret|clientSecret/);
    await caller.sso.addDomain({ domain: `${slug}.test` });
    await caller.sso.save({ ...settings(idp.url), clientSecret: undefined, enforceSso: true });
    expect((await ownerDb().ssoConnection.findUniqueOrThrow({ where: { tenantId: tenant.id } })).clientSecretEnc).toBe(stored.clientSecretEnc);
    expect(await route(`anyone@${slug}.test`)).toEqual({ method: "sso", tenant: { slug, name: tenant.name }, enforced: true });
  });

  it("refuse an issuer that is not an OpenID provider, on the issuer field, saving nothing", async () => {
    const { slug, adminUser, tenant } = await makeTenant("badsso");
    const f = await failure(callerFor(adminUser, slug).sso.save(settings("http://127.0.0.1:9")));
    expect(f.code).toBe("BAD_REQUEST");
    expect(f.fieldErrors.issuer?.[0]).toMatch(/^oidcUnreachable\?issuer=/);
    expect(await ownerDb().ssoConnection.findUnique({ where: { tenantId: tenant.id } })).toBeNull();
    expect((await failure(callerFor(adminUser, slug).sso.save(settings("login.example.com")))).fieldErrors.issuer).toEqual(["issuerUrl"]);
    expect(await callerFor(adminUser, slug).sso.test({ issuer: idp.url })).toMatchObject({ ok: true, warnings: [] });
  });

  it("refuse to require SSO while no domain is verified, since nobody could reach the IdP", async () => {
    const { slug, adminUser, tenant } = await makeTenant("enforce");
    const caller = callerFor(adminUser, slug);
    await caller.sso.addDomain({ domain: `elsewhere-${slug}.test` });
    expect(await failure(caller.sso.save({ ...settings(idp.url), enforceSso: true }))).toEqual({ code: "BAD_REQUEST", fieldErrors: { enforceSso: ["enforceNeedsDomain"] } });
    expect(await ownerDb().ssoConnection.findUnique({ where: { tenantId: tenant.id } })).toBeNull();
  });
});

describe("email domains", () => {
  it("are verified at once when the admin's own address is on them, with who and how", async () => {
    const { slug, caller, tenant, admin } = await ssoTenant("own");
    const added = await caller.sso.addDomain({ domain: ` @${slug.toUpperCase()}.TEST. ` });
    expect(added).toMatchObject({ domain: `${slug}.test`, status: "VERIFIED", verifiedBy: "OWN_EMAIL", verifierName: admin.user.name, record: null });
    expect(await activity(tenant.id)).toEqual([
      ["domain.added", `${slug}.test`],
      ["domain.verified", `${slug}.test`],
    ]);
    expect(await route(`new.person@${slug}.test`)).toMatchObject({ method: "sso", tenant: { slug } });
  });

  it("on another domain are pending, with the TXT record to create, and route no one", async () => {
    const { slug, caller, tenant } = await ssoTenant("foreign");
    const domain = `sub.${slug}-corp.test`;
    const added = await caller.sso.addDomain({ domain });
    expect(added).toMatchObject({ domain, status: "PENDING", verifiedBy: null });
    expect(added.record?.name).toBe(`_switchboard-challenge.${domain}`);
    expect(added.record?.value).toMatch(/^switchboard-verification=[0-9a-f]{32}$/);
    expect(await caller.sso.domains()).toEqual([added]);
    expect(await activity(tenant.id)).toEqual([["domain.added", domain]]);
    // A pending domain neither routes sign-in nor lets anyone in.
    expect(await route(`someone@${domain}`)).toEqual({ method: "magic-link" });
    expect(await admitSsoUser(slug, claims(`someone@${domain}`))).toEqual({ ok: false, reason: "domain" });
  });

  it("refuse a malformed domain, a public mail service and a domain listed twice", async () => {
    const { slug, caller, tenant } = await ssoTenant("refuse");
    for (const domain of ["https://acme.com", "localhost", "10.0.0.1", "acme .com", "alice@acme.com"]) {
      expect(await failure(caller.sso.addDomain({ domain })), domain).toEqual({ code: "BAD_REQUEST", fieldErrors: { domain: ["domainFormat"] } });
    }
    expect(await failure(caller.sso.addDomain({ domain: "Gmail.com" }))).toEqual({ code: "BAD_REQUEST", fieldErrors: { domain: ["domainPublic?domain=gmail.com"] } });
    await caller.sso.addDomain({ domain: `${slug}.test` });
    expect(await failure(caller.sso.addDomain({ domain: `${slug}.test` }))).toEqual({ code: "CONFLICT", fieldErrors: { domain: [`domainAlreadyAdded?domain=${slug}.test`] } });
    expect(await ownerDb().emailDomain.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  it("are verified through DNS: pending with the reason until the TXT record holds the token", async () => {
    const { slug, caller, tenant, admin } = await ssoTenant("dns");
    const domain = `${slug}-group.test`;
    const { record } = await caller.sso.addDomain({ domain });
    const absent = await caller.sso.verifyDomain({ domain });
    expect(absent).toMatchObject({ status: "PENDING", lastProblem: `dnsNoRecord?name=${encodeURIComponent(record!.name)}` });
    // Kept, so the page still says why after a reload.
    expect((await caller.sso.domains())[0]?.lastProblem).toBe(absent.lastProblem);

    dns.setTxt(record!.name, ["v=spf1 -all", "switchboard-verification=not-this-one"]);
    expect((await caller.sso.verifyDomain({ domain })).lastProblem).toMatch(/^dnsWrongValue\?/);

    // Among other records, split in two strings, in upper case: still the token.
    const [prefix, token] = record!.value.split("=") as [string, string];
    dns.setTxt(record!.name, ["v=spf1 -all", [`${prefix}=`.toUpperCase(), token.toUpperCase()]]);
    const verified = await caller.sso.verifyDomain({ domain });
    expect(verified).toMatchObject({ status: "VERIFIED", verifiedBy: "DNS_TXT", verifierName: admin.user.name, record: null, lastProblem: null });
    expect(await activity(tenant.id)).toEqual([
      ["domain.added", domain],
      ["domain.verified", domain],
    ]);
    expect(await route(`first@${domain}`)).toMatchObject({ method: "sso", tenant: { slug } });
  });

  it("say when the DNS server does not answer", async () => {
    const { tenant, caller, admin, slug } = await ssoTenant("dnstimeout");
    const domain = `${slug}-slow.test`;
    await caller.sso.addDomain({ domain });
    const silent = createSocket("udp4");
    await new Promise<void>((resolve) => silent.bind(0, "127.0.0.1", resolve));
    try {
      const r = await withTenant(tenant.id, (db) => verifyDomain(db, admin.user.id, domain, { servers: [`127.0.0.1:${silent.address().port}`], timeoutMs: 200, tries: 1 }));
      expect(r).toMatchObject({ status: "PENDING", lastProblem: `dnsTimeout?name=_switchboard-challenge.${domain}` });
    } finally {
      silent.close();
    }
  });

  it("verified by one tenant cannot be verified by another; a pending claim blocks nobody", async () => {
    const a = await ssoTenant("owner");
    const b = await ssoTenant("claimant");
    const domain = `${a.slug}.test`;
    // b claims a's domain first: it stays pending and does not stop a.
    const claim = await b.caller.sso.addDomain({ domain });
    expect(claim.status).toBe("PENDING");
    expect((await a.caller.sso.addDomain({ domain })).status).toBe("VERIFIED");
    dns.setTxt(claim.record!.name, [claim.record!.value]);
    expect(await failure(b.caller.sso.verifyDomain({ domain }))).toEqual({ code: "CONFLICT", fieldErrors: { domain: [`domainTaken?domain=${domain}`] } });
    expect(await ownerDb().emailDomain.findUniqueOrThrow({ where: { tenantId_domain: { tenantId: b.tenant.id, domain } } })).toMatchObject({ status: "PENDING" });
    const c = await ssoTenant("latecomer");
    expect(await failure(c.caller.sso.addDomain({ domain }))).toEqual({ code: "CONFLICT", fieldErrors: { domain: [`domainTaken?domain=${domain}`] } });
    expect(await route(`x@${domain}`)).toMatchObject({ method: "sso", tenant: { slug: a.slug } });
  });

  it("verified twice is refused by the database itself (partial unique index), pending twice is not", async () => {
    const a = await makeTenant("idx-a");
    const b = await makeTenant("idx-b");
    const row = (tenantId: string, status: "PENDING" | "VERIFIED") => ({ tenantId, domain: `${a.slug}-shared.test`, status, verificationToken: "t" });
    await ownerDb().emailDomain.createMany({ data: [row(a.tenant.id, "PENDING"), row(b.tenant.id, "PENDING")] });
    await ownerDb().emailDomain.update({ where: { tenantId_domain: { tenantId: a.tenant.id, domain: `${a.slug}-shared.test` } }, data: { status: "VERIFIED" } });
    await expect(
      ownerDb().emailDomain.update({ where: { tenantId_domain: { tenantId: b.tenant.id, domain: `${a.slug}-shared.test` } }, data: { status: "VERIFIED" } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("are removed with an activity row, except the last verified one while SSO is required", async () => {
    const t = await ssoTenant("remove");
    const { slug, tenant } = t;
    await t.caller.sso.addDomain({ domain: `${slug}.test` });
    await t.caller.sso.addDomain({ domain: `old-${slug}.test` });
    await t.caller.sso.save({ ...settings(idp.url), enforceSso: true });
    // Once SSO is required, only a session that came through the tenant's IdP gets in.
    const caller = callerFor({ ...t.adminUser, signIn: { method: "sso", tenant: slug } }, slug);
    await caller.sso.removeDomain({ domain: `old-${slug}.test` });
    expect(await failure(caller.sso.removeDomain({ domain: `${slug}.test` }))).toEqual({ code: "CONFLICT", fieldErrors: { domain: [`domainLastEnforced?domain=${slug}.test`] } });
    expect((await caller.sso.domains()).map((d) => d.domain)).toEqual([`${slug}.test`]);
    expect((await failure(caller.sso.removeDomain({ domain: `never-${slug}.test` }))).code).toBe("NOT_FOUND");
    const removed = await ownerDb().activity.findFirstOrThrow({ where: { tenantId: tenant.id, action: "domain.removed" } });
    expect(removed).toMatchObject({ entityId: `old-${slug}.test`, before: { domain: `old-${slug}.test`, status: "PENDING", verifiedBy: null } });
  });
});

describe("signing in through SSO", () => {
  it("admits members, lets a first person from a verified domain join just in time, and refuses other domains", async () => {
    const { slug, adminUser, tenant, caller } = await ssoTenant("jit");
    const domain = `${slug}-new.test`;
    await caller.sso.save({ ...settings(idp.url), jitEnabled: false });
    const { record } = await caller.sso.addDomain({ domain });
    dns.setTxt(record!.name, [record!.value]);
    await caller.sso.verifyDomain({ domain });
    expect(await ownerDb().user.count({ where: { email: { endsWith: `@${domain}` } } })).toBe(0);

    expect(await admitSsoUser(slug, claims(`jo@${domain}`))).toEqual({ ok: false, reason: "not-member" });
    expect(await ownerDb().user.count({ where: { email: `jo@${domain}` } })).toBe(0);
    await caller.sso.save({ ...settings(idp.url), jitEnabled: true, jitRole: "SUPPORT" });
    expect((await admitSsoUser(slug, claims(`jo@${domain}`))).ok).toBe(true);
    expect((await ownerDb().membership.findFirstOrThrow({ where: { tenantId: tenant.id, user: { email: `jo@${domain}` } } })).roles).toEqual(["SUPPORT"]);
    expect(await ownerDb().activity.count({ where: { tenantId: tenant.id, action: "member.joined-jit" } })).toBe(1);

    await caller.sso.addDomain({ domain: `${slug}.test` });
    expect(await admitSsoUser(slug, claims(adminUser.email))).toEqual({ ok: true, userId: adminUser.id });
    expect(await admitSsoUser(slug, claims("mallory@elsewhere.test"))).toEqual({ ok: false, reason: "domain" });
    expect(await admitSsoUser(slug, { ...claims(`jo@${domain}`), emailVerified: false })).toEqual({ ok: false, reason: "unverified" });
  });
});
