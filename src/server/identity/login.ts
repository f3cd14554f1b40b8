/**
 * The first step of sign-in: from a work email to a way in. A verified domain of a tenant
 * with SSO sends the person to that tenant's identity provider; otherwise (or when the
 * tenant does not enforce SSO and the person asks) a magic link is emailed. The answer never
 * says whether an address has an account.
 */
import { dispatchEmails } from "@/server/comms/outbox";
import { systemDb } from "@/server/db/clients";
import type { AppLocale } from "@/i18n/locales";
import { emailDomain } from "./email";
import { issueMagicLink } from "./magic-link";

export type LoginRoute =
  | { method: "sso"; tenant: { slug: string; name: string }; enforced: boolean }
  | { method: "magic-link" };

export async function routeLogin(email: string): Promise<{ method: "sso"; tenant: { slug: string; name: string }; enforced: boolean } | null> {
  // Only a verified domain routes: a pending claim is anyone's to make (at most one tenant has it verified).
  const route = await systemDb().emailDomain.findFirst({
    where: { domain: emailDomain(email), status: "VERIFIED" },
    select: { tenant: { select: { slug: true, name: true, ssoConnection: { select: { enforceSso: true } } } } },
  });
  if (!route?.tenant.ssoConnection) return null;
  return { method: "sso", tenant: { slug: route.tenant.slug, name: route.tenant.name }, enforced: route.tenant.ssoConnection.enforceSso };
}

export async function startLogin(email: string, browserLocale: AppLocale): Promise<LoginRoute> {
  return (await routeLogin(email)) ?? (await requestMagicLink(email, browserLocale));
}

/**
 * Emails a link when the address belongs to a member of a tenant that lets them in without
 * SSO (routed by domain to an enforcing tenant, nothing is sent).
 */
export async function requestMagicLink(email: string, browserLocale: AppLocale, now = new Date()): Promise<{ method: "magic-link" }> {
  const routed = await routeLogin(email);
  if (routed?.enforced) return { method: "magic-link" };
  const db = systemDb();
  const user = await db.user.findUnique({
    where: { email },
    select: {
      email: true,
      locale: true,
      memberships: {
        select: { tenant: { select: { id: true, slug: true, name: true, brandColor: true, locale: true, ssoConnection: { select: { enforceSso: true } } } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const tenant = user?.memberships.map((m) => m.tenant).find((t) => !t.ssoConnection?.enforceSso);
  if (!user || !tenant) return { method: "magic-link" };
  const outboxId = await db.$transaction((tx) =>
    issueMagicLink(tx, { email: user.email, locale: user.locale ?? tenant.locale ?? browserLocale, tenant, firstSignIn: false }, now),
  );
  await dispatchEmails([outboxId]);
  return { method: "magic-link" };
}
