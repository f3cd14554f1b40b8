/**
 * What the signed-in member may do on CRM pages (accounts, deals), resolved once on the
 * server. The roles mirror the `seller` rung of the CRM router: the UI hides what the server
 * would refuse.
 */
import { tenantPage } from "@/app/t/[tenant]/tenant";
import { hasRole } from "@/server/identity/roles";

export async function crmAccess(slug: string) {
  const { user, tenant, membership } = await tenantPage(slug);
  return {
    canWrite: hasRole(membership.roles, "ADMIN", "MANAGER", "SALES", "SALES_ADMIN"),
    isAdmin: hasRole(membership.roles, "ADMIN"),
    me: { userId: user.id, membershipId: membership.id },
    tenant,
  };
}
