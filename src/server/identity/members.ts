/** A tenant's members: list, change roles, remove — never leaving the tenant without an admin. */
import type { Role } from "@/generated/prisma/enums";
import { recordActivity } from "@/server/activity/record";
import type { TenantDb } from "@/server/db/tenant";
import { notFound } from "@/server/errors";
import { assertKeepsAnAdmin } from "./roles";

export async function listMembers(db: TenantDb) {
  const rows = await db.membership.findMany({
    select: { id: true, roles: true, createdAt: true, user: { select: { id: true, email: true, name: true, lastLoginAt: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(({ user, ...m }) => ({ id: m.id, roles: m.roles, joinedAt: m.createdAt, userId: user.id, email: user.email, name: user.name, lastLoginAt: user.lastLoginAt }));
}

async function lockedMembers(db: TenantDb, memberId: string) {
  // Row locks serialise two admins demoting each other at the same moment.
  await db.$executeRaw`SELECT 1 FROM "Membership" WHERE "tenantId" = current_tenant_id() FOR UPDATE`;
  const members = await db.membership.findMany({ select: { id: true, roles: true, userId: true } });
  const member = members.find((m) => m.id === memberId);
  if (!member) throw notFound("This member");
  return { members, member };
}

export async function updateMemberRoles(db: TenantDb, actorId: string, memberId: string, roles: Role[]) {
  const { members, member } = await lockedMembers(db, memberId);
  assertKeepsAnAdmin(members, memberId, roles);
  await db.membership.update({ where: { tenantId_id: { tenantId: db.tenantId, id: memberId } }, data: { roles } });
  await recordActivity(db, { actorId, action: "member.roles-changed", entityType: "Membership", entityId: memberId, before: { roles: member.roles }, after: { roles } });
  return { id: memberId, roles };
}

export async function removeMember(db: TenantDb, actorId: string, memberId: string) {
  const { members, member } = await lockedMembers(db, memberId);
  assertKeepsAnAdmin(members, memberId, null);
  // The customer files and deals they were named on keep their history, minus the person.
  for (const field of ["salesRepId", "salesAdminId", "technicianId"] as const) {
    await db.account.updateMany({ where: { [field]: memberId }, data: { [field]: null } });
  }
  await db.deal.updateMany({ where: { ownerId: memberId }, data: { ownerId: null } });
  await db.membership.delete({ where: { tenantId_id: { tenantId: db.tenantId, id: memberId } } });
  await recordActivity(db, { actorId, action: "member.removed", entityType: "Membership", entityId: memberId, before: { userId: member.userId, roles: member.roles } });
  return { id: memberId };
}

/** Members as people to pick (deal owner, sales rep, a project's roles): names and roles only, sorted by name — a new project's default for a role is its first holder. */
export async function memberDirectory(db: TenantDb) {
  const rows = await db.membership.findMany({ select: { id: true, roles: true, user: { select: { name: true } } }, orderBy: { user: { name: "asc" } } });
  return rows.map((m) => ({ id: m.id, name: m.user.name, roles: m.roles }));
}
