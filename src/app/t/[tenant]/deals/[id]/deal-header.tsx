"use client";
/** The deal's name, account, stage, owner and close date, with the stage actions (Won, Lost). */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormat } from "@/components/format";
import { StageBadge } from "@/components/stage-badge";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { isOpenStage } from "@/server/crm/stages";
import { useMoveDeal } from "../_board/use-move-deal";
import { LostReasonDialog } from "../_components/lost-reason-dialog";
import { MarkWonDialog } from "../_components/mark-won-dialog";
import type { DealDetail, MarkWonResult } from "../_components/types";
import { DealDetailsForm } from "./deal-details-form";
import { StageSelect } from "./stage-select";
import { useProblem } from "@/components/problem";

type Props = { slug: string; deal: DealDetail; canWrite: boolean; onWon: (r: MarkWonResult) => void };

export function DealHeader({ slug, deal, canWrite, onWon }: Props) {
  const t = useTranslations("deals");
  const problemOf = useProblem();
  const date = useFormat().calendar;
  const move = useMoveDeal(null);
  const [editing, setEditing] = useState(false);
  const [winning, setWinning] = useState(false);
  const [losing, setLosing] = useState(false);
  const editable = canWrite && deal.stage !== "WON";
  const moveError = move.error ? problemOf(move.error, "stage", "lostReason") : null;

  return (
    <header className="space-y-4 rounded-lg border border-gray-200 bg-white p-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-1">
          <h1 className="break-words text-2xl font-semibold">{deal.name}</h1>
          <p className="text-sm text-gray-600">
            {t("deal.account")}{" "}
            <Link href={`/t/${slug}/accounts/${deal.account.id}`} className="font-medium text-brand hover:underline">
              {deal.account.name}
            </Link>
          </p>
        </div>
        {editable && !editing && (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {t("deal.edit")}
            </Button>
            {isOpenStage(deal.stage) && (
              <Button variant="danger" onClick={() => setLosing(true)}>
                {t("deal.markLost")}
              </Button>
            )}
            {isOpenStage(deal.stage) && <Button onClick={() => setWinning(true)}>{t("deal.markWon")}</Button>}
          </div>
        )}
      </div>
      {editing ? (
        <DealDetailsForm deal={deal} onDone={() => setEditing(false)} />
      ) : (
        <dl className="grid grid-cols-[repeat(auto-fill,minmax(14rem,1fr))] gap-4 text-sm">
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-gray-500">{t("fields.stage")}</dt>
            <dd className="mt-1">
              {editable ? (
                <StageSelect stage={deal.stage} pending={move.isPending} onMove={(stage) => move.mutate({ id: deal.id, stage })} onLose={() => setLosing(true)} onWin={() => setWinning(true)} />
              ) : (
                <StageBadge stage={deal.stage} />
              )}
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-gray-500">{t("fields.owner")}</dt>
            <dd className="mt-1">{deal.owner?.name ?? t("card.noOwner")}</dd>
          </div>
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-gray-500">{t("fields.targetCloseDate")}</dt>
            <dd className="mt-1">{date(deal.targetCloseDate)}</dd>
          </div>
          {deal.wonAt && (
            <div>
              <dt className="text-xs font-medium uppercase tracking-wide text-gray-500">{t("deal.wonOn")}</dt>
              <dd className="mt-1 font-medium text-green-800">{date(deal.wonAt)}</dd>
            </div>
          )}
          {deal.stage === "LOST" && deal.lostReason && (
            <div>
              <dt className="text-xs font-medium uppercase tracking-wide text-gray-500">{t("deal.lostReason")}</dt>
              <dd className="mt-1 text-rose-800">{deal.lostReason}</dd>
            </div>
          )}
        </dl>
      )}
      {deal.stage === "WON" && <p className="text-sm text-gray-600">{t("deal.wonReadOnly")}</p>}
      {moveError && <Notice tone="error">{moveError}</Notice>}
      <LostReasonDialog
        open={losing}
        dealName={deal.name}
        pending={false}
        onCancel={() => setLosing(false)}
        onConfirm={(lostReason) => {
          move.mutate({ id: deal.id, stage: "LOST", lostReason });
          setLosing(false);
        }}
      />
      <MarkWonDialog
        dealId={winning ? deal.id : null}
        dealName={deal.name}
        onClose={() => setWinning(false)}
        onWon={(result) => {
          setWinning(false);
          onWon(result);
        }}
      />
    </header>
  );
}
