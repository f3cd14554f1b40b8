"use client";
/**
 * The builder's board: phases as columns left to right, actions as cards. Columns and cards
 * are dragged by their handles with a pointer or the keyboard (Space picks up, arrows move,
 * Space drops, Escape cancels). A card crossing into another column moves there in the
 * document at once, so the columns make room for it; cancelling puts the document back.
 */
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { SortableContext, horizontalListSortingStrategy, sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { ScrollArea } from "@/components/ui/scroll-area";
import type { TemplateDocument } from "@/server/templates/document";
import { ActionCardBody } from "./action-card";
import { actionDrop, createBoardCollisions, parseDndId, phaseDndId, phaseDrop, type DndRef } from "./board-dnd";
import type { BuilderAction } from "./builder-reducer";
import { locateAction } from "./document-queries";
import { PhaseColumn } from "./phase-column";
import type { ProblemIndex } from "./problems";
import { useBoardAnnouncements } from "./use-board-announcements";

type Props = {
  document: TemplateDocument;
  /** Null: read-only. */
  dispatch: ((action: BuilderAction) => void) | null;
  problems: ProblemIndex;
  selectedId: string | null;
  newPhaseId: string | null;
  onOpen: (actionId: string) => void;
  onAddAction: (phaseId: string) => void;
  onAddPhase: () => void;
};

export function Board({ document: doc, dispatch, problems, selectedId, newPhaseId, onOpen, onAddAction, onAddPhase }: Props) {
  const t = useTranslations("builder.board");
  const a11y = useBoardAnnouncements(doc);
  const [active, setActive] = useState<DndRef | null>(null);
  const before = useRef<TemplateDocument | null>(null);
  const [collisions] = useState(createBoardCollisions);
  const sensors = useSensors(
    // A few pixels of travel first, so a click on the handle is not a drag.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  useEffect(() => {
    // A card that just changed column is measured in its new place from the next frame on.
    const frame = requestAnimationFrame(collisions.settled);
    return () => cancelAnimationFrame(frame);
  }, [doc, collisions]);

  function onDragStart(e: DragStartEvent) {
    before.current = doc;
    collisions.start();
    setActive(parseDndId(e.active.id));
  }

  function onDragOver({ active: a, over }: DragOverEvent) {
    const dragged = parseDndId(a.id);
    const target = parseDndId(over?.id);
    if (!dispatch || dragged?.kind !== "action" || !target || !over) return;
    const translated = a.rect.current.translated;
    const below = Boolean(translated && translated.top > over.rect.top + over.rect.height / 2);
    const drop = actionDrop(doc, dragged.id, target, below);
    if (!drop || drop.samePhase) return;
    collisions.movedAcross();
    dispatch({ type: "moveAction", id: dragged.id, toPhaseId: drop.phaseId, toIndex: drop.index });
  }

  function onDragEnd({ active: a, over }: DragEndEvent) {
    setActive(null);
    const dragged = parseDndId(a.id);
    const target = parseDndId(over?.id);
    if (!dispatch || !dragged || !target) return;
    if (dragged.kind === "phase") {
      const index = phaseDrop(doc, target);
      if (index >= 0) dispatch({ type: "movePhase", id: dragged.id, toIndex: index });
      return;
    }
    const drop = actionDrop(doc, dragged.id, target, false);
    if (drop?.samePhase && drop.index !== locateAction(doc, dragged.id)?.index) dispatch({ type: "moveAction", id: dragged.id, toPhaseId: drop.phaseId, toIndex: drop.index });
  }

  function onDragCancel() {
    setActive(null);
    if (dispatch && before.current) dispatch({ type: "replace", document: before.current });
  }

  const overlay = active?.kind === "action" ? locateAction(doc, active.id)?.action : undefined;
  const overlayPhase = active?.kind === "phase" ? doc.phases.find((p) => p.id === active.id) : undefined;
  return (
    <DndContext sensors={sensors} collisionDetection={collisions.detect} accessibility={a11y} onDragStart={onDragStart} onDragOver={onDragOver} onDragEnd={onDragEnd} onDragCancel={onDragCancel}>
      {/*
        Size containment: the board scrolls sideways inside the page instead of widening it, and
        down inside the window's height, so each column's header stays in view above its cards.
      */}
      <ScrollArea className="flex max-h-[calc(100vh-5rem)] items-start gap-3 overflow-y-auto pb-3 [contain:inline-size]" role="group" aria-label={t("label")} data-testid="board">
        <SortableContext items={doc.phases.map((p) => phaseDndId(p.id))} strategy={horizontalListSortingStrategy}>
          {doc.phases.map((phase) => (
            <PhaseColumn
              key={phase.id}
              phase={phase}
              document={doc}
              dispatch={dispatch}
              problems={problems}
              selectedId={selectedId}
              draggingPhase={active?.kind === "phase"}
              autoFocusName={phase.id === newPhaseId}
              onOpen={onOpen}
              onAddAction={onAddAction}
            />
          ))}
        </SortableContext>
        {dispatch && (
          <button
            type="button"
            onClick={onAddPhase}
            className="flex w-48 shrink-0 items-center justify-center rounded-lg border-2 border-dashed border-gray-300 p-6 text-sm font-medium text-gray-600 hover:border-brand hover:text-gray-900"
          >
            <span aria-hidden className="mr-1">+</span> {t("addPhase")}
          </button>
        )}
        {doc.phases.length === 0 && !dispatch && <p className="text-sm text-gray-600">{t("noPhases")}</p>}
      </ScrollArea>
      <DragOverlay dropAnimation={null}>
        {overlay && (
          <div className="w-68 rotate-1 cursor-grabbing shadow-lg">
            <ActionCardBody action={overlay} document={doc} problems={undefined} selected={false} />
          </div>
        )}
        {overlayPhase && <div className="w-72 cursor-grabbing rounded-lg border border-brand bg-white p-3 text-sm font-semibold shadow-lg">{overlayPhase.name}</div>}
      </DragOverlay>
    </DndContext>
  );
}
