/**
 * A deal's stage as a small coloured label, the same colours wherever deals are listed. The
 * label defaults to the deals area's name for the stage; a page with its own wording passes it.
 */
import { useTranslations } from "next-intl";
import type { DealStage } from "@/generated/prisma/enums";

const TONE: Record<DealStage, string> = {
  NEW: "bg-gray-100 text-gray-800",
  QUALIFIED: "bg-sky-100 text-sky-900",
  PROPOSAL_SENT: "bg-indigo-100 text-indigo-900",
  NEGOTIATION: "bg-amber-100 text-amber-900",
  WON: "bg-green-100 text-green-900",
  LOST: "bg-rose-100 text-rose-900",
};

export function StageBadge({ stage, label }: { stage: DealStage; label?: string }) {
  const t = useTranslations("deals");
  return <span className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${TONE[stage]}`}>{label ?? t(`stages.${stage}`)}</span>;
}
