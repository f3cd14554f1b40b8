/** Every state change writes an activity row: who, what, when, before and after (CONVENTIONS 11). */
import type { Prisma } from "@/generated/prisma/client";
import type { TenantDb } from "@/server/db/tenant";

export type ActivityInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

export async function recordActivity(db: TenantDb, a: ActivityInput): Promise<void> {
  await recordTenantActivity(db, db.tenantId, a);
}

/**
 * For the flows that run before anyone is inside a tenant (sign-up, accepting an invitation,
 * joining through SSO): they write with the system client, which names the tenant itself.
 */
export async function recordTenantActivity(tx: Prisma.TransactionClient, tenantId: string, a: ActivityInput): Promise<void> {
  await tx.activity.create({ data: { ...a, tenantId } });
}
