/**
 * What the signed-in member may do on account pages, resolved once on the server. The roles
 * mirror the `seller` rung of the CRM router: the UI hides what the server would refuse.
 */
import { hasRole } from "@/server/identity/roles";
import { tenantPage } from "../../tenant";

export async function accountAccess(slug: string) {
  const { tenant, membership } = await tenantPage(slug);
  return { canWrite: hasRole(membership.roles, "ADMIN", "MANAGER", "SALES", "SALES_ADMIN"), tenant };
}
