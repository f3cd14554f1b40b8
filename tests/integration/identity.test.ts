/**
 * Identity against the real database: sign-up, magic links, invitations and member roles —
 * including the bad inputs, which must give a field error and write nothing. SSO has its own
 * file (sso.test.ts).
 */
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { acceptInvitation, inspectInvitation } from "@/server/identity/invitations";
import { consumeMagicLink, inspectMagicLink } from "@/server/identity/magic-link";
import { hashToken } from "@/server/identity/tokens";
import { unique } from "../../prisma/seed/factories";
import { callerFor, makeTenant, ownerDb } from "../support/fixtures";

async function failure(p: Promise<unknown>): Promise<{ code: string; fieldErrors: Record<string, string[]> | undefined }> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(TRPCError);
    const cause = (e as TRPCError).cause as { fieldErrors?: Record<string, string[]>; issues?: { path: string[]; message: string }[] } | undefined;
    const zodFields = cause?.issues ? Object.fromEntries(cause.issues.map((i) => [i.path.join("."), [i.message]])) : undefined;
    return { code: (e as TRPCError).code, fieldErrors: cause?.fieldErrors ?? zodFields };
  }
  throw new Error("expected the call to fail");
}

/** The raw token of the newest outbox email to `to` (the link's last path or query part). */
async function tokenMailedTo(to: string): Promise<string> {
  const row = await ownerDb().outboxMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  const url = new URL((row.payload as { url: string }).url);
  return url.searchParams.get("token") ?? decodeURIComponent(url.pathname.split("/").pop()!);
}

const signupInput = (slug: string) => ({
  companyName: "Kernow Comms",
  slug,
  locale: "en" as const,
  country: "GB",
  region: "ENG",
  timezone: "Europe/London",
  adminName: "Kerra Admin",
  adminEmail: `kerra@${slug}.test`,
});

describe("sign-up", () => {
  it("creates the tenant, its admin and a magic link email in one go", async () => {
    const slug = unique("kernow");
    const out = await callerFor(null, null).identity.signup(signupInput(slug));
    expect(out).toEqual({ slug, email: `kerra@${slug}.test` });
    const tenant = await ownerDb().tenant.findUniqueOrThrow({ where: { slug }, include: { memberships: true } });
    expect(tenant.memberships.map((m) => m.roles)).toEqual([["ADMIN"]]);
    const mail = await ownerDb().outboxMessage.findFirstOrThrow({ where: { to: `kerra@${slug}.test` } });
    expect(mail).toMatchObject({ template: "magic-link", tenantId: tenant.id, status: expect.stringMatching(/PENDING|SENDING|SENT/) });
    expect(await ownerDb().activity.count({ where: { tenantId: tenant.id, action: "tenant.created" } })).toBe(1);
  });

  it("refuses a taken or reserved slug on the slug field, writing nothing", async () => {
    const slug = unique("taken");
    await callerFor(null, null).identity.signup(signupInput(slug));
    const before = await ownerDb().user.count();
    const second = { ...signupInput(slug), adminEmail: `other@${slug}.test` };
    expect(await failure(callerFor(null, null).identity.signup(second))).toEqual({ code: "CONFLICT", fieldErrors: { slug: ["slugTaken"] } });
    expect(await failure(callerFor(null, null).identity.signup({ ...second, slug: "login" }))).toEqual({ code: "CONFLICT", fieldErrors: { slug: ["slugTaken"] } });
    expect(await ownerDb().user.count()).toBe(before);
  });

  it("refuses a wrong email, a bad slug and an unknown country with field errors", async () => {
    const bad = { ...signupInput(unique("bad")), adminEmail: "not-an-email", slug: "-Bad Slug-" };
    const f = await failure(callerFor(null, null).identity.signup(bad));
    expect(f.code).toBe("BAD_REQUEST");
    expect(f.fieldErrors?.adminEmail).toEqual(["emailInvalid"]);
    expect(f.fieldErrors?.slug).toEqual(["slugFormat"]);
    const country = await failure(callerFor(null, null).identity.signup({ ...signupInput(unique("cc")), country: "ZZ", region: null }));
    expect(country).toEqual({ code: "BAD_REQUEST", fieldErrors: { country: ["country"] } });
  });
});

describe("magic links", () => {
  it("work once, and not after expiry", async () => {
    const { admin, slug } = await makeTenant("magic");
    await callerFor(null, null).identity.requestMagicLink({ email: admin.user.email, locale: "en" });
    const token = await tokenMailedTo(admin.user.email);
    expect(await inspectMagicLink(token)).toMatchObject({ state: "valid", tenantSlug: slug });
    expect((await consumeMagicLink(token))?.user.email).toBe(admin.user.email);
    expect(await consumeMagicLink(token)).toBeNull();
    expect((await inspectMagicLink(token)).state).toBe("used");

    await callerFor(null, null).identity.requestMagicLink({ email: admin.user.email, locale: "en" });
    const late = await tokenMailedTo(admin.user.email);
    const inAnHour = new Date(Date.now() + 3600_000);
    expect(await consumeMagicLink(late, inAnHour)).toBeNull();
    expect((await inspectMagicLink(late, inAnHour)).state).toBe("expired");
  });

  it("are not sent to unknown addresses, with the same answer", async () => {
    const email = `${unique("nobody")}@nowhere.test`;
    expect(await callerFor(null, null).identity.startLogin({ email, locale: "en" })).toEqual({ method: "magic-link" });
    expect(await ownerDb().outboxMessage.count({ where: { to: email } })).toBe(0);
  });

  it("are rate-limited per address", async () => {
    const { admin } = await makeTenant("flood");
    const ask = () => callerFor(null, null).identity.requestMagicLink({ email: admin.user.email, locale: "en" });
    for (let i = 0; i < 5; i++) await ask();
    expect(await failure(ask())).toEqual({ code: "TOO_MANY_REQUESTS", fieldErrors: { email: ["tooManyLinks"] } });
  });
});

describe("invitations", () => {
  it("are accepted once, create the member with the roles, and sign them in", async () => {
    const { slug, adminUser } = await makeTenant("invite");
    const email = `new.tech@${slug}.test`;
    await callerFor(adminUser, slug).members.invite({ email, roles: ["TECHNICIAN", "SUPPORT"] });
    const token = await tokenMailedTo(email);
    expect(await inspectInvitation(token)).toMatchObject({ state: "valid", email, tenantSlug: slug });
    const accepted = await acceptInvitation(token, "Nia Tech");
    expect(accepted).toMatchObject({ ok: true, tenantSlug: slug });
    expect(accepted.ok && accepted.signInToken).toBeTruthy();
    const members = await callerFor(adminUser, slug).members.list();
    expect(members.find((m) => m.email === email)).toMatchObject({ name: "Nia Tech", roles: ["TECHNICIAN", "SUPPORT"] });
    expect(await acceptInvitation(token, "Again")).toEqual({ ok: false, state: "used" });
  });

  it("cannot be accepted once revoked, replaced or expired", async () => {
    const { slug, adminUser } = await makeTenant("revoke");
    const caller = callerFor(adminUser, slug);
    const first = await caller.members.invite({ email: `r@${slug}.test`, roles: ["VIEWER"] });
    const firstToken = await tokenMailedTo(`r@${slug}.test`);
    await caller.members.invite({ email: `r@${slug}.test`, roles: ["SALES"] });
    expect(await acceptInvitation(firstToken, null)).toEqual({ ok: false, state: "revoked" });
    expect(first.id).toBeTruthy();

    const pending = await caller.members.invitations();
    expect(pending.map((i) => i.roles)).toEqual([["SALES"]]);
    await caller.members.revokeInvitation({ invitationId: pending[0]!.id });
    expect(await acceptInvitation(await tokenMailedTo(`r@${slug}.test`), null)).toEqual({ ok: false, state: "revoked" });

    await caller.members.invite({ email: `late@${slug}.test`, roles: ["SALES"] });
    const late = await tokenMailedTo(`late@${slug}.test`);
    expect(await acceptInvitation(late, null, new Date(Date.now() + 8 * 24 * 3600_000))).toEqual({ ok: false, state: "expired" });
    expect(await inspectInvitation("no-such-token-000000000000")).toEqual({ state: "unknown" });
  });

  it("refuses to invite an existing member, on the email field", async () => {
    const { slug, adminUser, tech } = await makeTenant("dup");
    expect(await failure(callerFor(adminUser, slug).members.invite({ email: tech.user.email, roles: ["VIEWER"] }))).toEqual({
      code: "CONFLICT",
      fieldErrors: { email: ["alreadyMember"] },
    });
  });

  it("stores only a hash of the token", async () => {
    const { slug, adminUser } = await makeTenant("hash");
    await callerFor(adminUser, slug).members.invite({ email: `h@${slug}.test`, roles: ["VIEWER"] });
    const token = await tokenMailedTo(`h@${slug}.test`);
    const row = await ownerDb().invitation.findFirstOrThrow({ where: { email: `h@${slug}.test` } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).not.toContain(token);
  });
});

describe("member roles", () => {
  it("keep at least one admin, and record who changed what", async () => {
    const { slug, adminUser, admin, tech, tenant } = await makeTenant("roles");
    const caller = callerFor(adminUser, slug);
    expect(await failure(caller.members.updateRoles({ memberId: admin.membership.id, roles: ["MANAGER"] }))).toEqual({
      code: "CONFLICT",
      fieldErrors: { roles: ["lastAdminChange"] },
    });
    expect(await failure(caller.members.remove({ memberId: admin.membership.id }))).toEqual({ code: "CONFLICT", fieldErrors: { roles: ["lastAdminRemove"] } });
    await caller.members.updateRoles({ memberId: tech.membership.id, roles: ["TECHNICIAN", "ADMIN"] });
    await caller.members.updateRoles({ memberId: admin.membership.id, roles: ["MANAGER"] });
    const log = await ownerDb().activity.findMany({ where: { tenantId: tenant.id, action: "member.roles-changed" }, orderBy: { createdAt: "asc" } });
    expect(log.map((l) => [l.actorId, l.before, l.after])).toEqual([
      [admin.user.id, { roles: ["TECHNICIAN"] }, { roles: ["TECHNICIAN", "ADMIN"] }],
      [admin.user.id, { roles: ["ADMIN"] }, { roles: ["MANAGER"] }],
    ]);
  });

  it("removing a member clears them from the customer files and deals they were named on", async () => {
    const { slug, adminUser, tech, tenant } = await makeTenant("leaver");
    const account = await ownerDb().account.create({ data: { tenantId: tenant.id, name: "Named account", technicianId: tech.membership.id } });
    const deal = await ownerDb().deal.create({ data: { tenantId: tenant.id, accountId: account.id, name: "Owned deal", ownerId: tech.membership.id, targetCloseDate: new Date(), currency: "EUR" } });
    await callerFor(adminUser, slug).members.remove({ memberId: tech.membership.id });
    expect((await ownerDb().account.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: account.id } } })).technicianId).toBeNull();
    expect((await ownerDb().deal.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: deal.id } } })).ownerId).toBeNull();
  });

  it("are only for admins", async () => {
    const { slug, tech } = await makeTenant("nonadmin");
    const techUser = { id: tech.user.id, email: tech.user.email, name: tech.user.name, signIn: { method: "email" as const } };
    expect((await failure(callerFor(techUser, slug).members.list())).code).toBe("FORBIDDEN");
  });
});
