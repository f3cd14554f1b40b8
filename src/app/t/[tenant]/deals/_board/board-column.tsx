"use client";
/** A stage of the pipeline: its name, count and contract value, and the cards it holds. */
import { useDroppable } from "@dnd-kit/core";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMoney } from "@/components/format-money";
import type { BoardColumn as Column } from "../_components/types";
import { DraggableDealCard } from "./deal-card";

const ACCENT: Record<Column["stage"], string> = {
  NEW: "bg-gray-400",
  QUALIFIED: "bg-sky-500",
  PROPOSAL_SENT: "bg-indigo-500",
  NEGOTIATION: "bg-amber-500",
  WON: "bg-green-600",
  LOST: "bg-rose-500",
};

type Props = { column: Column; slug: string; currency: string; canWrite: boolean; listHref: string };

export function BoardColumn({ column, slug, currency, canWrite, listHref }: Props) {
  const t = useTranslations("deals");
  const money = useMoney();
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const headingId = `stage-${column.stage}`;
  const hidden = column.count - column.cards.length;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-testid={`column-${column.stage}`}
      className={`flex min-h-64 flex-col rounded-lg border px-2 pb-2 transition-colors ${isOver ? "border-brand bg-blue-50" : "border-gray-200 bg-gray-100"}`}
    >
      {/* Sticks to the top of the board while its cards scroll under it. */}
      <header className="sticky top-0 z-10 -mx-2 mb-2 space-y-0.5 rounded-t-lg bg-inherit px-3 pb-2 pt-2">
        <h2 id={headingId} className="flex items-center gap-2 text-sm font-semibold">
          <span aria-hidden className={`size-2 rounded-full ${ACCENT[column.stage]}`} />
          {t(`stages.${column.stage}`)}
          <span className="ml-auto rounded-full bg-white px-2 text-xs font-medium text-gray-700" aria-label={t("board.count", { count: column.count })}>
            {column.count}
          </span>
        </h2>
        <p className="text-xs text-gray-600">{t("board.columnValue", { amount: money(column.contractValue, currency) })}</p>
      </header>
      <ul className="flex flex-1 flex-col gap-2" aria-labelledby={headingId}>
        {column.cards.map((card) => (
          <DraggableDealCard key={card.id} card={card} slug={slug} canWrite={canWrite} />
        ))}
      </ul>
      {hidden > 0 && (
        <Link href={listHref} className="mt-2 px-1 text-xs font-medium text-brand hover:underline">
          {t("board.more", { count: hidden })}
        </Link>
      )}
    </section>
  );
}
