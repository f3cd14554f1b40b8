"use client";
/**
 * The pipeline board (DESIGN §2): a column per stage; drag a deal to move it, with a mouse, a
 * finger or the keyboard. Lost asks for the reason first; Won goes through Mark Won, since
 * winning creates subscriptions and cannot be a plain stage change.
 */
import { DndContext, DragOverlay, KeyboardSensor, MouseSensor, TouchSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from "@dnd-kit/core";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { WonProjectsCreated } from "../_components/won-projects-created";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Notice } from "@/components/ui/notice";
import { ScrollArea } from "@/components/ui/scroll-area";
import { useUrlState } from "@/components/use-url-state";
import { useValidationMessage } from "@/components/use-validation-message";
import type { DealStage } from "@/generated/prisma/enums";
import { useTRPC } from "@/trpc/client";
import { LostReasonDialog } from "../_components/lost-reason-dialog";
import { MarkWonDialog } from "../_components/mark-won-dialog";
import type { BoardCard, MarkWonResult } from "../_components/types";
import { BoardColumn } from "./board-column";
import { boardCollisions, columnKeyboardCoordinates, useBoardAnnouncements, type DragData } from "./board-dnd";
import { DealCardOverlay } from "./deal-card";
import { useMoveDeal } from "./use-move-deal";
import { EmptyPipeline } from "./empty-pipeline";
import { Problem, useProblem } from "@/components/problem";

type Props = { slug: string; ownerId: string | null; canWrite: boolean; currency: string };

export function PipelineBoard({ slug, ownerId, canWrite, currency }: Props) {
  const t = useTranslations("deals");
  const v = useValidationMessage();
  const problemOf = useProblem();
  const trpc = useTRPC();
  const url = useUrlState();
  const board = useQuery(trpc.deals.board.queryOptions({ ownerId }));
  const move = useMoveDeal(ownerId);
  const a11y = useBoardAnnouncements();
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  const [losing, setLosing] = useState<BoardCard | null>(null);
  const [winning, setWinning] = useState<BoardCard | null>(null);
  const [won, setWon] = useState<{ card: BoardCard; result: MarkWonResult } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the deal's link still opens it.
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    // A short press on touch screens, so swiping still scrolls the board.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );

  function onDragStart(e: DragStartEvent) {
    setDragging((e.active.data.current as DragData | undefined)?.card ?? null);
    setNotice(null);
    setWon(null);
    move.reset();
  }

  function onDragEnd(e: DragEndEvent) {
    setDragging(null);
    const card = (e.active.data.current as DragData | undefined)?.card;
    const to = e.over?.id as DealStage | undefined;
    if (!card || !to || to === card.stage) return;
    if (to === "WON") {
      // A lost deal must be reopened before it can be won; say so rather than open a dialog that would fail.
      if (card.stage === "LOST") return setNotice(v("dealLostCannotWin") ?? null);
      return setWinning(card);
    }
    if (to === "LOST") return setLosing(card);
    move.mutate({ id: card.id, stage: to });
  }

  if (board.isPending) return <p role="status" className="text-sm text-gray-500">{t("common.loading")}</p>;
  if (board.error) return <Problem error={board.error} />;
  const empty = board.data.every((c) => c.count === 0);
  if (empty && !ownerId) return <EmptyPipeline slug={slug} />;
  const moveError = move.error ? problemOf(move.error, "stage", "lostReason") : null;

  return (
    <div className="space-y-3">
      {moveError && <Notice tone="error" title={t("board.moveFailed")}>{moveError}</Notice>}
      {notice && <Notice tone="warning">{notice}</Notice>}
      {won && (
        <Notice tone="success" title={t("markWon.done", { deal: won.card.name })}>
          {t("markWon.accountNow", { account: won.card.account.name, status: t(`accountStatus.${won.result.accountStatus}`) })}{" "}
          <Link href={`/t/${slug}/deals/${won.card.id}`} className="font-medium underline">
            {t("board.openDeal")}
          </Link>
          <WonProjectsCreated slug={slug} result={won.result} />
        </Notice>
      )}
      {empty && <p className="text-sm text-gray-600">{t("board.noneForOwner")}</p>}
      {canWrite && <p className="text-xs text-gray-500">{t("board.hint")}</p>}
      <DndContext sensors={sensors} collisionDetection={boardCollisions} accessibility={a11y} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)}>
        {/* Size containment: the board scrolls sideways inside the page instead of widening it,
            and within the window's height, so its scrollbar and the stage headers stay in view. */}
        <ScrollArea data-testid="board" className="grid max-h-[max(24rem,calc(100dvh-16rem))] auto-cols-[minmax(15rem,1fr)] grid-flow-col gap-3 overflow-y-auto pb-2 [contain:inline-size]">
          {board.data.map((column) => (
            <BoardColumn key={column.stage} column={column} slug={slug} currency={currency} canWrite={canWrite} listHref={url.href(`/t/${slug}/deals`, { view: "list", stage: column.stage })} />
          ))}
        </ScrollArea>
        <DragOverlay dropAnimation={null}>{dragging && <DealCardOverlay card={dragging} slug={slug} />}</DragOverlay>
      </DndContext>
      <LostReasonDialog
        open={losing !== null}
        dealName={losing?.name ?? ""}
        pending={false}
        onCancel={() => setLosing(null)}
        onConfirm={(lostReason) => {
          if (losing) move.mutate({ id: losing.id, stage: "LOST", lostReason });
          setLosing(null);
        }}
      />
      <MarkWonDialog
        dealId={winning?.id ?? null}
        dealName={winning?.name ?? ""}
        onClose={() => setWinning(null)}
        onWon={(result) => {
          if (winning) setWon({ card: winning, result });
          setWinning(null);
        }}
      />
    </div>
  );
}
