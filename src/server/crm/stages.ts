/**
 * The deal pipeline (DESIGN §2): the stages in board order, which ones still count as open
 * business, the default win probabilities a new tenant starts with, and the rules for moving
 * a deal between stages by hand.
 */
import { z } from "zod";
import { DealStage } from "@/generated/prisma/enums";
import { AppError, fieldError } from "@/server/errors";

export const PIPELINE_STAGES = [
  DealStage.NEW,
  DealStage.QUALIFIED,
  DealStage.PROPOSAL_SENT,
  DealStage.NEGOTIATION,
  DealStage.WON,
  DealStage.LOST,
] as const satisfies readonly DealStage[];

/** Stages whose deals are still in play: the ones the forecast weighs. */
export const OPEN_STAGES = [
  DealStage.NEW,
  DealStage.QUALIFIED,
  DealStage.PROPOSAL_SENT,
  DealStage.NEGOTIATION,
] as const satisfies readonly DealStage[];

export type OpenStage = (typeof OPEN_STAGES)[number];

export function isOpenStage(stage: DealStage): stage is OpenStage {
  return (OPEN_STAGES as readonly DealStage[]).includes(stage);
}

/**
 * An open deal whose target close date is already behind the tenant's today: the pipeline is
 * out of date and someone should move the date or the stage. Won and lost deals are never
 * overdue. `closeDatePassed` is computed by the server, which knows the tenant's today.
 */
export function isOverdue(deal: { stage: DealStage; closeDatePassed: boolean }): boolean {
  return isOpenStage(deal.stage) && deal.closeDatePassed;
}

export const DEFAULT_PROBABILITIES: Readonly<Record<DealStage, number>> = {
  NEW: 10,
  QUALIFIED: 25,
  PROPOSAL_SENT: 50,
  NEGOTIATION: 75,
  WON: 100,
  LOST: 0,
};

/**
 * A manual stage change (board drag, stage select). Won is reached only through Mark Won,
 * because winning also creates projects and subscriptions in the same transaction; once won,
 * the deal is the record of what was sold, so it no longer moves.
 */
export function assertStageChange(from: DealStage, to: DealStage, lostReason: string | null | undefined): void {
  if (from === to) return;
  if (from === DealStage.WON) {
    throw new AppError("CONFLICT", "A won deal cannot change stage.", { stage: ["dealWonReadOnly"] });
  }
  if (to === DealStage.WON) throw fieldError("stage", "dealUseMarkWon");
  if (to === DealStage.LOST && !lostReason?.trim()) throw fieldError("lostReason", "lostReasonRequired");
}

const probability = z
  .number({ error: "probabilityRange" })
  .int("probabilityRange")
  .min(0, "probabilityRange")
  .max(100, "probabilityRange");

/** Won and Lost are certainties, not estimates: editable stages are the open ones only. */
const fixed = (value: number) => z.number({ error: "probabilityFixed" }).refine((p) => p === value, "probabilityFixed");

export const probabilitiesInput = z.object({
  NEW: probability,
  QUALIFIED: probability,
  PROPOSAL_SENT: probability,
  NEGOTIATION: probability,
  WON: fixed(100),
  LOST: fixed(0),
}) satisfies z.ZodType<Record<DealStage, number>>;
export type ProbabilitiesInput = z.infer<typeof probabilitiesInput>;
