"use client";
/**
 * dnd-kit settings for the board. The keyboard jumps a whole column per arrow press (the
 * default moves 25 pixels, which would take dozens of presses to reach the next stage), and
 * every step is announced in the person's language for screen readers.
 */
import { closestCenter, pointerWithin, type Announcements, type CollisionDetection, type KeyboardCoordinateGetter } from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { DealStage } from "@/generated/prisma/enums";
import { PIPELINE_STAGES } from "@/server/crm/stages";
import type { BoardCard } from "../_components/types";

/** What a dragged card carries, so announcements can name it without a lookup. */
export type DragData = { card: BoardCard };

const isStage = (id: unknown): id is DealStage => (PIPELINE_STAGES as readonly unknown[]).includes(id);

/** The pointer decides when there is one; a keyboard drag has none, so the nearest column does. */
export const boardCollisions: CollisionDetection = (args) => {
  if (args.pointerCoordinates) {
    const hits = pointerWithin(args);
    if (hits.length > 0) return hits;
  }
  return closestCenter(args);
};

export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { active, context, currentCoordinates }) => {
  const step = event.code === "ArrowRight" ? 1 : event.code === "ArrowLeft" ? -1 : 0;
  const { collisionRect, droppableRects, over } = context;
  if (step === 0 || !collisionRect) return undefined;
  const data = context.active?.data.current as DragData | undefined;
  const from = isStage(over?.id) ? over.id : data?.card.stage;
  if (!from || !active) return undefined;
  const target = PIPELINE_STAGES[PIPELINE_STAGES.indexOf(from) + step];
  const rect = target ? droppableRects.get(target) : undefined;
  if (!rect) return undefined;
  event.preventDefault();
  return {
    x: rect.left + (rect.width - collisionRect.width) / 2,
    y: Math.max(rect.top, Math.min(currentCoordinates.y, rect.top + rect.height - collisionRect.height)),
  };
};

export function useBoardAnnouncements(): { announcements: Announcements; screenReaderInstructions: { draggable: string } } {
  const t = useTranslations("deals");
  return useMemo(() => {
    const name = (data: unknown) => (data as DragData | undefined)?.card.name ?? "";
    const stage = (id: unknown) => (isStage(id) ? t(`stages.${id}`) : "");
    return {
      screenReaderInstructions: { draggable: t("dnd.instructions") },
      announcements: {
        onDragStart: ({ active }) => t("dnd.pickedUp", { deal: name(active.data.current), stage: stage((active.data.current as DragData | undefined)?.card.stage) }),
        onDragOver: ({ active, over }) =>
          over ? t("dnd.over", { deal: name(active.data.current), stage: stage(over.id) }) : t("dnd.notOver", { deal: name(active.data.current) }),
        onDragEnd: ({ active, over }) =>
          over ? t("dnd.dropped", { deal: name(active.data.current), stage: stage(over.id) }) : t("dnd.droppedNowhere", { deal: name(active.data.current) }),
        onDragCancel: ({ active }) => t("dnd.cancelled", { deal: name(active.data.current) }),
      },
    };
  }, [t]);
}
