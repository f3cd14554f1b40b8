"use client";
/**
 * What a screen reader hears while a card or a column is dragged, in the person's language:
 * which action or phase was picked up, where it would land (position, count, phase), where it
 * was dropped. dnd-kit asks as the drag goes, so the latest document is read from a ref.
 */
import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef } from "react";
import type { TemplateDocument } from "@/server/templates/document";
import { parseDndId } from "./board-dnd";
import { locateAction } from "./document-queries";

type Place = { name: string; position: number; count: number; phase: string; kind: "action" | "phase" };

/** Where the dragged item would land when over `overId`. */
function placeOf(doc: TemplateDocument, activeId: UniqueIdentifier, overId: UniqueIdentifier | undefined): Place | null {
  const active = parseDndId(activeId);
  const over = parseDndId(overId ?? activeId);
  if (!active || !over) return null;
  if (active.kind === "phase") {
    const name = doc.phases.find((p) => p.id === active.id)?.name ?? "";
    const overPhase = over.kind === "phase" ? over.id : locateAction(doc, over.id)?.phase.id;
    const index = doc.phases.findIndex((p) => p.id === overPhase);
    return index < 0 ? null : { kind: "phase", name, position: index + 1, count: doc.phases.length, phase: name };
  }
  const here = locateAction(doc, active.id);
  if (!here) return null;
  const target = over.kind === "action" ? locateAction(doc, over.id) : undefined;
  // Over a card of its own column it takes that card's place; otherwise it already sits where it lands.
  const index = target && target.phase.id === here.phase.id ? target.index : here.index;
  return { kind: "action", name: here.action.title, position: index + 1, count: here.phase.actions.length, phase: here.phase.name };
}

export function useBoardAnnouncements(doc: TemplateDocument): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const t = useTranslations("builder.dnd");
  const latest = useRef(doc);
  useEffect(() => {
    latest.current = doc;
  }, [doc]);
  return useMemo(() => {
    const say = (key: "pickedUp" | "over" | "dropped", activeId: UniqueIdentifier, overId?: UniqueIdentifier) => {
      const p = placeOf(latest.current, activeId, overId);
      return p ? t(`${p.kind}.${key}`, { name: p.name, position: p.position, count: p.count, phase: p.phase }) : undefined;
    };
    const nameOf = (activeId: UniqueIdentifier) => placeOf(latest.current, activeId, undefined)?.name ?? "";
    return {
      screenReaderInstructions: { draggable: t("instructions") },
      announcements: {
        onDragStart: ({ active }) => say("pickedUp", active.id),
        onDragOver: ({ active, over }) => (over ? say("over", active.id, over.id) : t("notOver", { name: nameOf(active.id) })),
        onDragEnd: ({ active, over }) => (over ? say("dropped", active.id, over.id) : t("cancelled", { name: nameOf(active.id) })),
        onDragCancel: ({ active }) => t("cancelled", { name: nameOf(active.id) }),
      },
    };
  }, [t]);
}
