/** Every state change writes an activity row: who, what, when, before and after (CONVENTIONS 11). */
import type { Prisma } from "@/generated/prisma/client";

export type ActivityInput = {
  tenantId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

export async function recordActivity(tx: Prisma.TransactionClient, a: ActivityInput): Promise<void> {
  await tx.activity.create({ data: a });
}
