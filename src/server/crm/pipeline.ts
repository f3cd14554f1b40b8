/** The tenant's win probability per stage, with the defaults where none was set. */
import type { DealStage } from "@/generated/prisma/enums";
import { recordActivity } from "@/server/activity/record";
import { tenantTransaction, type TenantDb, type TenantTx } from "@/server/db/tenant";
import { DEFAULT_PROBABILITIES, PIPELINE_STAGES } from "./stages";

export async function getProbabilities(db: TenantDb | TenantTx): Promise<Record<DealStage, number>> {
  const rows = await db.pipelineStage.findMany();
  return { ...DEFAULT_PROBABILITIES, ...Object.fromEntries(rows.map((r) => [r.stage, r.probability])) };
}

export function setProbabilities(tenantId: string, actorId: string, p: Record<DealStage, number>) {
  return tenantTransaction(tenantId, async (tx) => {
    const before = await getProbabilities(tx);
    for (const stage of PIPELINE_STAGES) {
      await tx.pipelineStage.upsert({
        where: { tenantId_stage: { tenantId, stage } },
        update: { probability: p[stage] },
        create: { tenantId, stage, probability: p[stage] },
      });
    }
    await recordActivity(tx, { tenantId, actorId, action: "pipeline.probabilities-changed", entityType: "Tenant", entityId: tenantId, before, after: p });
    return p;
  });
}
