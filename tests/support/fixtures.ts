/** Integration-test worlds built with the same factories as the dev seed and the bench. */
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { ZodError } from "zod";
import { AppError, zodFieldErrors, type FieldErrors } from "@/server/errors";
import { createCaller } from "@/server/root";
import { createContext } from "@/server/trpc";
import type { SessionUser } from "@/server/auth/session-user";
import { createDb, type Db } from "@/server/db/clients";
import { seedMember, seedTenant, unique } from "../../prisma/seed/factories";

let owner: Db | undefined;
/** The tables' owner: sees everything, for arranging and checking. */
export function ownerDb(): Db {
  owner ??= createDb(process.env.DATABASE_URL!, 3);
  return owner;
}

export async function makeTenant(label: string) {
  const db = ownerDb();
  const slug = unique(label);
  const tenant = await seedTenant(db, { slug, name: `${label} ${slug}` });
  const admin = await seedMember(db, tenant.id, { email: `admin@${slug}.test`, name: `${label} Admin`, roles: ["ADMIN"] });
  const tech = await seedMember(db, tenant.id, { email: `tech@${slug}.test`, name: `${label} Tech`, roles: ["TECHNICIAN"] });
  const adminUser: SessionUser = { id: admin.user.id, email: admin.user.email, name: admin.user.name, signIn: { method: "email" } };
  return { tenant, slug, admin, tech, adminUser };
}

/** A tRPC caller as `user`, on the page of tenant `slug`, as the browser would call. */
export function callerFor(user: SessionUser | null, slug: string | null) {
  return createCaller(createContext({ requestId: unique("req"), user, tenantSlug: slug }));
}

/** A small CRM world in one tenant: a service type, an account with a contact, an open deal with a line. */
export async function makeCrm(t: Awaited<ReturnType<typeof makeTenant>>) {
  const db = ownerDb();
  const tenantId = t.tenant.id;
  const serviceType = await db.serviceType.create({
    data: {
      tenantId,
      name: `3CX hosted ${t.slug}`,
      requiresInstallation: true,
      defaultUnitPrice: "8.50",
      currency: "EUR",
      defaultFrequency: "MONTHLY",
      attributeSchema: [{ key: "extensions", label: "Extensions", type: "number", required: true }],
    },
  });
  const account = await db.account.create({ data: { tenantId, name: `Customer of ${t.slug}` } });
  const contact = await db.contact.create({ data: { tenantId, accountId: account.id, firstName: "Carla", lastName: `Contact-${t.slug}`, roles: ["TECHNICAL"] } });
  const deal = await db.deal.create({ data: { tenantId, accountId: account.id, name: `Deal of ${t.slug}`, targetCloseDate: new Date(Date.now() + 30 * 864e5), currency: "EUR" } });
  const line = await db.serviceLine.create({
    data: { tenantId, dealId: deal.id, serviceTypeId: serviceType.id, quantity: 10, unitPrice: "8.50", frequency: "MONTHLY", commitmentMonths: 36, attributes: { extensions: 10 } },
  });
  await db.pipelineStage.create({ data: { tenantId, stage: "NEW", probability: 33 } });
  return { serviceType, account, contact, deal, line };
}

/** A call that must fail: its tRPC code and the field errors a form would show. */
export async function failure(p: Promise<unknown>): Promise<{ code: TRPCError["code"]; fieldErrors: FieldErrors }> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(TRPCError);
    const { cause, code } = e as TRPCError;
    const fieldErrors = cause instanceof ZodError ? zodFieldErrors(cause) : cause instanceof AppError ? (cause.fieldErrors ?? {}) : {};
    return { code, fieldErrors };
  }
  throw new Error("expected the call to fail");
}

