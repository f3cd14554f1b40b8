/**
 * What the signed-in member may do on deal pages, resolved once on the server. The roles
 * mirror the `seller` rung of the CRM router: the UI hides what the server would refuse.
 */
import { hasRole } from "@/server/identity/roles";
import { tenantPage } from "../tenant";

export async function dealAccess(slug: string) {
  const { user, tenant, membership } = await tenantPage(slug);
  return {
    canWrite: hasRole(membership.roles, "ADMIN", "MANAGER", "SALES", "SALES_ADMIN"),
    isAdmin: hasRole(membership.roles, "ADMIN"),
    me: { userId: user.id, membershipId: membership.id },
    tenant,
  };
}
