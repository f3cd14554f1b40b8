/**
 * Holiday regions through the procedures: the tenant's region (refused when it is not one of the
 * country's, or missing in the UK), the holidays and the builder's preview that follow it,
 * members' own regions (set by admins and managers only), and sign-up with a region.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/server/auth/session-user";
import { NATIONAL } from "@/server/calendar/regions";
import { provisionTenant } from "@/server/identity/provision-tenant";
import { seedMember, unique } from "../../prisma/seed/factories";
import { callerFor, failure, makeTenant, ownerDb } from "../support/fixtures";

type World = Awaited<ReturnType<typeof makeTenant>>;
let t: World;
let admin: ReturnType<typeof callerFor>;
let asTech: ReturnType<typeof callerFor>;
let asManager: ReturnType<typeof callerFor>;

const asUser = (u: { id: string; email: string; name: string }): SessionUser => ({ id: u.id, email: u.email, name: u.name, signIn: { method: "email" } });
const week = { workingDays: [1, 2, 3, 4, 5], timezone: "Europe/London" };
const regionOf = async (membershipId: string) => (await ownerDb().membership.findFirstOrThrow({ where: { id: membershipId }, select: { holidayRegion: true } })).holidayRegion;

beforeAll(async () => {
  t = await makeTenant("cal");
  await provisionTenant(ownerDb(), t.tenant);
  const manager = await seedMember(ownerDb(), t.tenant.id, { email: `manager@${t.slug}.test`, name: "Cal Manager", roles: ["MANAGER"] });
  admin = callerFor(t.adminUser, t.slug);
  asTech = callerFor(asUser(t.tech.user), t.slug);
  asManager = callerFor(asUser(manager.user), t.slug);
});

describe("the tenant's region", () => {
  it("starts as England for a UK tenant, and Scotland's holidays follow once an admin picks it", async () => {
    expect((await admin.calendar.get()).region).toBe("ENG");
    await admin.calendar.update({ ...week, country: "GB", region: "SCT" });
    const cal = await admin.calendar.get();
    expect(cal).toMatchObject({ country: "GB", region: "SCT" });
    expect(cal.holidays.map((h) => h.name)).toContain("St Andrew’s Day");
    expect(cal.holidays.map((h) => h.name)).not.toContain("Easter Monday");
  });

  it("reaches the builder's preview: Scotland's 30 November closes, England's summer bank holiday does not", async () => {
    const [template] = await admin.templates.list({ archived: false });
    const { calendar } = await admin.templates.get({ id: template!.id });
    const year = Number(calendar.today.slice(0, 4));
    expect(calendar.holidays).toContain(`${year}-11-30`);
    // The last Monday of August is England's; Scotland's summer bank holiday is the first.
    const lastMondayOfAugust = [31, 30, 29, 28, 27, 26, 25].map((d) => `${year}-08-${d}`).find((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1);
    expect(calendar.holidays).not.toContain(lastMondayOfAugust);
  });

  it("refuses, on the region field, a region of another country or none in the UK, and writes nothing", async () => {
    expect(await failure(admin.calendar.update({ ...week, country: "GB", region: "57" }))).toEqual({ code: "BAD_REQUEST", fieldErrors: { region: ["region"] } });
    expect(await failure(admin.calendar.update({ ...week, country: "GB", region: null }))).toEqual({ code: "BAD_REQUEST", fieldErrors: { region: ["regionRequired"] } });
    expect(await failure(admin.calendar.update({ ...week, country: "FR", region: "SCT" }))).toEqual({ code: "BAD_REQUEST", fieldErrors: { region: ["region"] } });
    expect((await admin.calendar.get()).region).toBe("SCT");
  });

  it("is only changed by admins", async () => {
    expect((await failure(asManager.calendar.update({ ...week, country: "GB", region: "WLS" }))).code).toBe("FORBIDDEN");
  });
});

describe("a member's own region", () => {
  it("is set by an admin or a manager and read by everyone", async () => {
    await admin.calendar.setHolidayRegion({ membershipId: t.tech.membership.id, region: "NIR" });
    expect((await asTech.calendar.get()).members).toContainEqual({ id: t.tech.membership.id, name: t.tech.user.name, holidayRegion: "NIR" });
    await asManager.calendar.setHolidayRegion({ membershipId: t.tech.membership.id, region: "ENG" });
    expect(await regionOf(t.tech.membership.id)).toBe("ENG");
    await admin.calendar.setHolidayRegion({ membershipId: t.tech.membership.id, region: null });
    expect(await regionOf(t.tech.membership.id)).toBeNull();
  });

  it("is refused for a technician, even their own", async () => {
    expect((await failure(asTech.calendar.setHolidayRegion({ membershipId: t.tech.membership.id, region: "SCT" }))).code).toBe("FORBIDDEN");
    expect(await regionOf(t.tech.membership.id)).toBeNull();
  });

  it("must be one of the tenant's country's, and the UK has no nationwide choice", async () => {
    expect(await failure(admin.calendar.setHolidayRegion({ membershipId: t.tech.membership.id, region: "67" }))).toEqual({ code: "BAD_REQUEST", fieldErrors: { region: ["region"] } });
    expect(await failure(admin.calendar.setHolidayRegion({ membershipId: t.tech.membership.id, region: NATIONAL }))).toEqual({ code: "BAD_REQUEST", fieldErrors: { region: ["region"] } });
    expect(await failure(admin.calendar.setHolidayRegion({ membershipId: randomUUID(), region: "SCT" }))).toMatchObject({ fieldErrors: { membershipId: ["memberUnknown"] } });
  });

  it("is cleared when the tenant moves to another country", async () => {
    await admin.calendar.setHolidayRegion({ membershipId: t.tech.membership.id, region: "SCT" });
    await admin.calendar.update({ ...week, country: "FR", region: "67", timezone: "Europe/Paris" });
    expect(await regionOf(t.tech.membership.id)).toBeNull();
    // In France the nationwide list is a choice: a technician in Nancy for a Strasbourg reseller.
    await admin.calendar.setHolidayRegion({ membershipId: t.tech.membership.id, region: NATIONAL });
    expect(await regionOf(t.tech.membership.id)).toBe(NATIONAL);
  });
});

describe("sign-up", () => {
  const signup = (slug: string, country: string, region: string | null) =>
    callerFor(null, null).identity.signup({ companyName: "Highland Voice", slug, locale: "en", country, region, timezone: "Europe/London", adminName: "Isla Admin", adminEmail: `isla@${slug}.test` });

  it("stores the region chosen", async () => {
    const slug = unique("highland");
    await signup(slug, "GB", "SCT");
    expect(await ownerDb().tenant.findUniqueOrThrow({ where: { slug }, select: { country: true, region: true } })).toEqual({ country: "GB", region: "SCT" });
  });

  it("asks a UK company for its region, and refuses another country's, creating nothing", async () => {
    const slug = unique("noregion");
    expect(await failure(signup(slug, "GB", null))).toEqual({ code: "BAD_REQUEST", fieldErrors: { region: ["regionRequired"] } });
    expect(await failure(signup(slug, "FR", "SCT"))).toEqual({ code: "BAD_REQUEST", fieldErrors: { region: ["region"] } });
    expect(await ownerDb().tenant.findUnique({ where: { slug } })).toBeNull();
  });
});
