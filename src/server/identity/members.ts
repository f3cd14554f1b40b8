/** A tenant's members: list, change roles, remove — never leaving the tenant without an admin. */
import type { Role } from "@/generated/prisma/enums";
import { recordActivity } from "@/server/activity/record";
import { tenantTransaction, type TenantDb, type TenantTx } from "@/server/db/tenant";
import { notFound } from "@/server/errors";
import { assertKeepsAnAdmin } from "./roles";

export async function listMembers(db: TenantDb) {
  const rows = await db.membership.findMany({
    select: { id: true, roles: true, createdAt: true, user: { select: { id: true, email: true, name: true, lastLoginAt: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(({ user, ...m }) => ({ id: m.id, roles: m.roles, joinedAt: m.createdAt, userId: user.id, email: user.email, name: user.name, lastLoginAt: user.lastLoginAt }));
}

async function lockedMembers(tx: TenantTx, memberId: string) {
  // Row locks serialise two admins demoting each other at the same moment.
  await tx.$executeRaw`SELECT 1 FROM "Membership" WHERE "tenantId" = current_tenant_id() FOR UPDATE`;
  const members = await tx.membership.findMany({ select: { id: true, roles: true, userId: true } });
  const member = members.find((m) => m.id === memberId);
  if (!member) throw notFound("This member");
  return { members, member };
}

export function updateMemberRoles(tenantId: string, actorId: string, memberId: string, roles: Role[]) {
  return tenantTransaction(tenantId, async (tx) => {
    const { members, member } = await lockedMembers(tx, memberId);
    assertKeepsAnAdmin(members, memberId, roles);
    await tx.membership.update({ where: { tenantId_id: { tenantId, id: memberId } }, data: { roles } });
    await recordActivity(tx, { tenantId, actorId, action: "member.roles-changed", entityType: "Membership", entityId: memberId, before: { roles: member.roles }, after: { roles } });
    return { id: memberId, roles };
  });
}

export function removeMember(tenantId: string, actorId: string, memberId: string) {
  return tenantTransaction(tenantId, async (tx) => {
    const { members, member } = await lockedMembers(tx, memberId);
    assertKeepsAnAdmin(members, memberId, null);
    // The customer files and deals they were named on keep their history, minus the person.
    for (const field of ["salesRepId", "salesAdminId", "technicianId"] as const) {
      await tx.account.updateMany({ where: { [field]: memberId }, data: { [field]: null } });
    }
    await tx.deal.updateMany({ where: { ownerId: memberId }, data: { ownerId: null } });
    await tx.membership.delete({ where: { tenantId_id: { tenantId, id: memberId } } });
    await recordActivity(tx, { tenantId, actorId, action: "member.removed", entityType: "Membership", entityId: memberId, before: { userId: member.userId, roles: member.roles } });
    return { id: memberId };
  });
}

/** Members as people to pick (deal owner, sales rep…): names and roles only. */
export async function memberDirectory(db: TenantDb) {
  const rows = await db.membership.findMany({ select: { id: true, roles: true, user: { select: { name: true } } }, orderBy: { user: { name: "asc" } } });
  return rows.map((m) => ({ id: m.id, name: m.user.name, roles: m.roles }));
}
