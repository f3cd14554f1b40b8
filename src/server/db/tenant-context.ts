/**
 * Resolves "this person, in the tenant named by this URL" once per request: the tenant row
 * and the person's membership, or null — which callers turn into a 404, never a 403, so a
 * non-member cannot even learn that the tenant exists (CONVENTIONS 3).
 */
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import type { Locale, Role } from "@/generated/prisma/enums";
import { systemDb } from "./clients";

export type TenantRef = { id: string; slug: string; name: string; locale: Locale; timezone: string; country: string; brandColor: string | null; enforceSso: boolean };
export type MembershipRef = { id: string; roles: Role[] };

/** The columns a TenantRef is made of, for every query that reads one. */
export const TENANT_REF_SELECT = {
  id: true, slug: true, name: true, locale: true, timezone: true, country: true, brandColor: true,
  ssoConnection: { select: { enforceSso: true } },
} as const;

export function toTenantRef({ ssoConnection, ...tenant }: Prisma.TenantGetPayload<{ select: typeof TENANT_REF_SELECT }>): TenantRef {
  return { ...tenant, enforceSso: Boolean(ssoConnection?.enforceSso) };
}

/** Cached per server render (the layout, the page and i18n all ask); uncached elsewhere. */
export const resolveMembership = cache(async function resolveMembership(
  slug: string,
  userId: string,
): Promise<{ tenant: TenantRef; membership: MembershipRef } | null> {
  const row = await systemDb().membership.findFirst({
    where: { userId, tenant: { slug } },
    select: {
      id: true,
      roles: true,
      tenant: { select: TENANT_REF_SELECT },
    },
  });
  return row ? { tenant: toTenantRef(row.tenant), membership: { id: row.id, roles: row.roles } } : null;
});

/** The tenants a person belongs to, for the switcher and for landing after sign-in. */
export async function tenantsOf(userId: string): Promise<Array<Pick<TenantRef, "id" | "slug" | "name">>> {
  const rows = await systemDb().membership.findMany({
    where: { userId },
    select: { tenant: { select: { id: true, slug: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => r.tenant);
}
