"use client";
/**
 * The stage of an open (or lost) deal, limited to the moves the pipeline allows: any open
 * stage, Lost (which asks why), and Won through Mark Won. A lost deal must be reopened to an
 * open stage before it can be won.
 */
import { useTranslations } from "next-intl";
import { useId } from "react";
import type { DealStage } from "@/generated/prisma/enums";
import { OPEN_STAGES } from "@/server/crm/stages";

type Props = { stage: DealStage; pending: boolean; onMove: (s: DealStage) => void; onLose: () => void; onWin: () => void };

export function StageSelect({ stage, pending, onMove, onLose, onWin }: Props) {
  const t = useTranslations("deals");
  const id = useId();
  const choices: DealStage[] = stage === "LOST" ? [...OPEN_STAGES, "LOST"] : [...OPEN_STAGES, "WON", "LOST"];
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {t("fields.stage")}
      </label>
      <select
        id={id}
        value={stage}
        disabled={pending}
        aria-busy={pending || undefined}
        onChange={(e) => {
          const to = e.target.value as DealStage;
          if (to === stage) return;
          if (to === "WON") return onWin();
          if (to === "LOST") return onLose();
          onMove(to);
        }}
        className="rounded-md border border-gray-300 bg-white px-2 py-1 text-sm shadow-sm"
      >
        {choices.map((s) => (
          <option key={s} value={s}>
            {s === "WON" ? t("deal.wonOption") : t(`stages.${s}`)}
          </option>
        ))}
      </select>
    </>
  );
}
