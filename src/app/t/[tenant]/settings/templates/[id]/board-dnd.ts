/**
 * Drag and drop on the builder's board (dnd-kit): phases are sortable columns, actions are
 * sortable cards that can also change column. Phase and action ids share one namespace in a
 * document, but dnd ids are prefixed anyway so a drop target's kind never depends on a lookup.
 *
 * The collision rules follow dnd-kit's "multiple containers" recipe: a dragged phase only
 * meets phases; a dragged action meets cards and columns, and a column that has cards hands
 * over to its closest card, so a drop lands between cards rather than at the column's end.
 */
import { closestCenter, getFirstCollision, pointerWithin, rectIntersection, type CollisionDetection, type UniqueIdentifier } from "@dnd-kit/core";
import type { TemplateDocument } from "@/server/templates/document";
import { locateAction } from "./document-queries";

export type DndRef = { kind: "phase" | "action"; id: string };

export const phaseDndId = (id: string) => `phase:${id}`;
export const actionDndId = (id: string) => `action:${id}`;

export function parseDndId(raw: UniqueIdentifier | null | undefined): DndRef | null {
  const m = typeof raw === "string" ? /^(phase|action):(.+)$/.exec(raw) : null;
  return m ? { kind: m[1] as DndRef["kind"], id: m[2] as string } : null;
}

/** Where a dragged action goes when it is over `over`: a phase and an index in it, once the action has left its old place. */
export function actionDrop(doc: TemplateDocument, activeId: string, over: DndRef, below: boolean): { phaseId: string; index: number; samePhase: boolean } | null {
  const from = locateAction(doc, activeId);
  if (!from) return null;
  if (over.kind === "phase") {
    const phase = doc.phases.find((p) => p.id === over.id);
    if (!phase) return null;
    const samePhase = phase.id === from.phase.id;
    return { phaseId: phase.id, index: samePhase ? phase.actions.length - 1 : phase.actions.length, samePhase };
  }
  const to = locateAction(doc, over.id);
  if (!to) return null;
  // Within a column the card takes the place of the one it is over (array move); across
  // columns it goes above that card, or below when it is dragged past its middle.
  if (to.phase.id === from.phase.id) return { phaseId: to.phase.id, index: to.index, samePhase: true };
  return { phaseId: to.phase.id, index: to.index + (below ? 1 : 0), samePhase: false };
}

/** The index a dragged phase takes when it is over a column or one of its cards. */
export function phaseDrop(doc: TemplateDocument, over: DndRef): number {
  const phaseId = over.kind === "phase" ? over.id : locateAction(doc, over.id)?.phase.id;
  return doc.phases.findIndex((p) => p.id === phaseId);
}

const phaseOf = (data: unknown): string | undefined =>
  data && typeof data === "object" && "phaseId" in data && typeof data.phaseId === "string" ? data.phaseId : undefined;

/**
 * The board's collision detection, with what it remembers between checks during a drag: the
 * last target, and whether the card just changed column (its new place is not measured yet,
 * so it stays over itself for a frame rather than flicker back).
 */
export function createBoardCollisions() {
  let lastOver: UniqueIdentifier | null = null;
  let movedAcross = false;

  const detect: CollisionDetection = (args) => {
    if (parseDndId(args.active.id)?.kind === "phase") {
      return closestCenter({ ...args, droppableContainers: args.droppableContainers.filter((c) => parseDndId(c.id)?.kind === "phase") });
    }
    // A keyboard drag has no pointer: the moved card's rectangle decides.
    const pointer = pointerWithin(args);
    const hits = pointer.length > 0 ? pointer : rectIntersection(args);
    let overId = getFirstCollision(hits, "id");
    if (overId != null) {
      const over = parseDndId(overId);
      if (over?.kind === "phase") {
        const cards = args.droppableContainers.filter((c) => c.id !== overId && parseDndId(c.id)?.kind === "action" && phaseOf(c.data.current) === over.id);
        if (cards.length > 0) overId = closestCenter({ ...args, droppableContainers: cards })[0]?.id ?? overId;
      }
      lastOver = overId;
      return [{ id: overId }];
    }
    if (movedAcross) lastOver = args.active.id;
    return lastOver != null ? [{ id: lastOver }] : [];
  };

  return {
    detect,
    start: () => {
      lastOver = null;
    },
    movedAcross: () => {
      movedAcross = true;
    },
    settled: () => {
      movedAcross = false;
    },
  };
}
