/**
 * next-intl's per-request configuration: the locale (the person's, else the tenant's of the
 * `/t/<slug>` being viewed if they are a member — a stranger must not learn a tenant's
 * language from its 404 —, else the browser's) and the time zone (the tenant's).
 */
import { getRequestConfig } from "next-intl/server";
import { headers } from "next/headers";
import { currentUser } from "@/server/auth";
import { resolveMembership } from "@/server/db/tenant-context";
import { userLocale } from "@/server/identity/users";
import { pickLocale } from "./locales";
import { MESSAGES } from "./messages";

export default getRequestConfig(async () => {
  const h = await headers();
  const slug = h.get("x-pathname")?.match(/^\/t\/([^/]+)/)?.[1];
  const user = await currentUser();
  const [found, mine] = await Promise.all([slug && user ? resolveMembership(slug, user.id) : null, user ? userLocale(user.id) : null]);
  const tenant = found?.tenant;
  const locale = pickLocale({ user: mine, tenant: tenant?.locale, acceptLanguage: h.get("accept-language") });
  return { locale, messages: MESSAGES[locale], timeZone: tenant?.timezone ?? "UTC" };
});
