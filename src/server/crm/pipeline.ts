/** The tenant's win probability per stage, with the defaults where none was set. */
import type { DealStage } from "@/generated/prisma/enums";
import { recordActivity } from "@/server/activity/record";
import type { TenantDb } from "@/server/db/tenant";
import { DEFAULT_PROBABILITIES, PIPELINE_STAGES } from "./stages";

export async function getProbabilities(db: TenantDb): Promise<Record<DealStage, number>> {
  const rows = await db.pipelineStage.findMany();
  return { ...DEFAULT_PROBABILITIES, ...Object.fromEntries(rows.map((r) => [r.stage, r.probability])) };
}

export async function setProbabilities(db: TenantDb, actorId: string, p: Record<DealStage, number>) {
  const before = await getProbabilities(db);
  for (const stage of PIPELINE_STAGES) {
    await db.pipelineStage.upsert({
      where: { tenantId_stage: { tenantId: db.tenantId, stage } },
      update: { probability: p[stage] },
      create: { tenantId: db.tenantId, stage, probability: p[stage] },
    });
  }
  await recordActivity(db, { actorId, action: "pipeline.probabilities-changed", entityType: "Tenant", entityId: db.tenantId, before, after: p });
  return p;
}
