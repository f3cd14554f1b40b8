/**
 * "This person, in the tenant this URL names", checked once for every way in that has a
 * session — tRPC's tenant rungs and the document routes alike: signed in, a member of the
 * tenant (else NOT_FOUND, never FORBIDDEN: a non-member cannot even learn it exists,
 * CONVENTIONS 3), and signed in the way the tenant requires.
 */
import { resolveMembership, type MembershipRef, type TenantRef } from "@/server/db/tenant-context";
import { AppError } from "@/server/errors";
import { satisfiesSso, type SessionUser } from "./session-user";

export type TenantMember = { user: SessionUser; tenant: TenantRef; membership: MembershipRef };

export async function tenantMember(user: SessionUser | null | undefined, slug: string | null): Promise<TenantMember> {
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  const found = slug ? await resolveMembership(slug, user.id) : null;
  if (!found) throw new AppError("NOT_FOUND", "This workspace does not exist or you are not a member of it.");
  if (!satisfiesSso(user, found.tenant)) throw new AppError("UNAUTHENTICATED", `${found.tenant.name} requires signing in with its SSO.`);
  return { user, ...found };
}
