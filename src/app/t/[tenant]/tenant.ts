/**
 * The tenant pages' gate, once per request: signed in, a member of this tenant (else 404),
 * and signed in the way the tenant requires.
 */
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { currentUser } from "@/server/auth";
import { satisfiesSso } from "@/server/auth/session-user";
import { resolveMembership } from "@/server/db/tenant-context";

export const tenantPage = cache(async (slug: string) => {
  const user = await currentUser();
  if (!user) redirect(`/login`);
  const found = await resolveMembership(slug, user.id);
  if (!found) notFound();
  if (!satisfiesSso(user, found.tenant)) redirect(`/login?error=sso-required&tenant=${slug}`);
  return { user, ...found };
});
