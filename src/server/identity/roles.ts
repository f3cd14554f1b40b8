/**
 * Member roles and the rules that protect a tenant from locking itself out: it always keeps
 * at least one admin, and every member has at least one role.
 */
import { Role } from "@/generated/prisma/enums";
import { AppError } from "@/server/errors";

export const ROLES = Object.values(Role);

/** Members who do the work (actions, documents); viewers only read. */
export const WORKING_ROLES = ROLES.filter((r) => r !== Role.VIEWER);

export type MemberRoles = { id: string; roles: readonly Role[] };

/**
 * Refuses a change that would leave no admin. `change` gives the member's roles after the
 * change, or null for removal.
 */
export function assertKeepsAnAdmin(members: readonly MemberRoles[], memberId: string, rolesAfter: readonly Role[] | null): void {
  const adminsAfter = members.filter((m) =>
    m.id === memberId ? rolesAfter?.includes(Role.ADMIN) : m.roles.includes(Role.ADMIN),
  );
  if (adminsAfter.length === 0) {
    throw new AppError(
      "CONFLICT",
      rolesAfter === null
        ? "This is the last admin: make another member an admin before removing this one."
        : "This is the last admin: make another member an admin before changing this one's roles.",
      { roles: [rolesAfter === null ? "lastAdminRemove" : "lastAdminChange"] },
    );
  }
}

export function hasRole(roles: readonly Role[], ...wanted: Role[]): boolean {
  return wanted.some((r) => roles.includes(r));
}
