"use client";
/**
 * One deal on the board. The whole card can be dragged with a mouse or a finger; the keyboard
 * picks it up from its handle, a real button, so the deal's link inside stays a plain link
 * (Enter on it opens the deal instead of starting a drag).
 */
import { useDraggable } from "@dnd-kit/core";
import { CSS } from "@dnd-kit/utilities";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormat } from "@/components/format";
import { useMoney } from "@/components/format-money";
import { isOverdue } from "@/server/crm/stages";
import { CloseDate } from "../_components/close-date";
import type { BoardCard } from "../_components/types";
import type { DragData } from "./board-dnd";

type Props = { card: BoardCard; slug: string; canWrite: boolean; overlay?: boolean };

export function DraggableDealCard({ card, slug, canWrite }: Omit<Props, "overlay">) {
  const t = useTranslations("deals");
  // Won deals are the record of what was sold: they never move.
  const disabled = !canWrite || card.stage === "WON";
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({
    id: card.id,
    data: { card } satisfies DragData,
    disabled,
  });
  return (
    <li
      ref={setNodeRef}
      {...(disabled ? {} : listeners)}
      style={{ transform: CSS.Translate.toString(transform) }}
      className={`rounded-md focus-within:ring-2 focus-within:ring-brand ${isDragging ? "opacity-40" : ""} ${disabled ? "" : "cursor-grab touch-manipulation"}`}
      data-testid="deal-card"
      aria-label={card.name}
    >
      <CardBody card={card} slug={slug}>
        {!disabled && (
          <button
            ref={setActivatorNodeRef}
            {...attributes}
            type="button"
            aria-label={t("board.move", { deal: card.name })}
            className="-mr-1 -mt-1 rounded p-1 text-gray-400 hover:bg-gray-100 hover:text-gray-700"
          >
            <GripIcon />
          </button>
        )}
      </CardBody>
    </li>
  );
}

/** The card as it follows the pointer while dragging (outside the columns, so never clipped). */
export function DealCardOverlay({ card, slug }: { card: BoardCard; slug: string }) {
  return (
    <div className="rotate-1 cursor-grabbing rounded-md shadow-lg">
      <CardBody card={card} slug={slug} />
    </div>
  );
}

function CardBody({ card, slug, children }: { card: BoardCard; slug: string; children?: ReactNode }) {
  const t = useTranslations("deals");
  const money = useMoney();
  const date = useFormat().calendar;
  const recurring = card.mrr !== "0.00";
  // Positioned, so its visually hidden labels stay inside the scrolling board.
  return (
    <article className="relative space-y-2 rounded-md border border-gray-200 bg-white p-3 text-sm shadow-sm">
      <div className="flex items-start justify-between gap-2">
        <h3 className="min-w-0 font-medium leading-snug">
          {/* Not natively draggable: the browser's own link drag would cancel the card's. */}
          <Link href={`/t/${slug}/deals/${card.id}`} draggable={false} className="break-words hover:underline">
            {card.name}
          </Link>
        </h3>
        {children}
      </div>
      <p className="break-words text-gray-600">{card.account.name}</p>
      {/* Two lines of facts; when a pair does not fit side by side, its second item wraps below. */}
      <dl className="space-y-1 text-xs">
        <div className="flex flex-wrap justify-between gap-x-2">
          <dt className="sr-only">{t("card.owner")}</dt>
          <dd className="min-w-0 break-words text-gray-600">{card.owner?.name ?? t("card.noOwner")}</dd>
          <dt className="sr-only">{t("card.closeDate")}</dt>
          <dd className="ml-auto whitespace-nowrap">
            <CloseDate date={date(card.targetCloseDate)} overdue={isOverdue(card)} />
          </dd>
        </div>
        <div className="flex flex-wrap justify-between gap-x-2">
          <dt className="sr-only">{recurring ? t("totals.mrr") : t("totals.oneOff")}</dt>
          <dd className="whitespace-nowrap font-medium text-gray-900">
            {recurring ? t("card.perMonth", { amount: money(card.mrr, card.currency) }) : money(card.oneOff, card.currency)}
          </dd>
          <dt className="sr-only">{t("totals.contractValue")}</dt>
          <dd className="ml-auto whitespace-nowrap text-gray-600">{money(card.contractValue, card.currency)}</dd>
        </div>
      </dl>
    </article>
  );
}

function GripIcon() {
  return (
    <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="currentColor">
      {[5, 10, 15].map((y) => [7, 13].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.5" />))}
    </svg>
  );
}
