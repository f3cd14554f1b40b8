/**
 * Sign-up: a reseller creates its tenant and first admin, who receives a magic link. Tenant,
 * person, membership, activity and the email's outbox row commit together.
 */
import { Prisma } from "@/generated/prisma/client";
import { dispatchEmails } from "@/server/comms/outbox";
import { systemDb } from "@/server/db/clients";
import { fieldError } from "@/server/errors";
import { recordTenantActivity } from "@/server/activity/record";
import { provisionTenant } from "./provision-tenant";
import type { SignupInput } from "@/server/routers/identity/signup.schema";
import { isSupportedCountry, isTimeZone } from "./countries";
import { issueMagicLink } from "./magic-link";
import { slugProblem } from "./slug";

const slugTaken = () => fieldError("slug", "slugTaken", "CONFLICT");

export async function signUp(input: SignupInput, now = new Date()) {
  const problem = slugProblem(input.slug);
  if (problem === "format") throw fieldError("slug", "slugFormat");
  if (problem === "reserved") throw slugTaken();
  if (!isSupportedCountry(input.country)) throw fieldError("country", "country");
  if (!isTimeZone(input.timezone)) throw fieldError("timezone", "timezone");

  try {
    const { outboxId, slug } = await systemDb().$transaction(async (tx) => {
      if (await tx.tenant.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw slugTaken();
      const tenant = await tx.tenant.create({
        data: { slug: input.slug, name: input.companyName, locale: input.locale, country: input.country, region: input.region, timezone: input.timezone },
      });
      const user = await tx.user.upsert({
        where: { email: input.adminEmail },
        update: {},
        create: { email: input.adminEmail, name: input.adminName },
      });
      await tx.membership.create({ data: { tenantId: tenant.id, userId: user.id, roles: ["ADMIN"] } });
      await provisionTenant(tx, tenant);
      await recordTenantActivity(tx, tenant.id, {
        actorId: user.id,
        action: "tenant.created",
        entityType: "Tenant",
        entityId: tenant.id,
        after: { slug: tenant.slug, name: tenant.name, admin: user.email },
      });
      const outboxId = await issueMagicLink(
        tx,
        { email: user.email, locale: user.locale ?? tenant.locale, tenant, firstSignIn: true },
        now,
      );
      return { outboxId, slug: tenant.slug };
    });
    await dispatchEmails([outboxId]);
    return { slug, email: input.adminEmail };
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw slugTaken();
    throw e;
  }
}
