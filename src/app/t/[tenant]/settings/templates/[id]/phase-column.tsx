"use client";
/**
 * A phase of the template as a column: its header, then its actions in order. The column is
 * itself sortable (phases reorder by their header's handle) and is where a card dragged into
 * an empty phase lands.
 */
import { SortableContext, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { Phase, TemplateDocument } from "@/server/templates/document";
import { SortableActionCard } from "./action-card";
import { actionDndId, phaseDndId } from "./board-dnd";
import { DragHandle } from "./drag-handle";
import type { BuilderAction } from "./builder-reducer";
import { PhaseHeader } from "./phase-header";
import type { ProblemIndex } from "./problems";

export type ColumnProps = {
  phase: Phase;
  document: TemplateDocument;
  /** Null: read-only. */
  dispatch: ((action: BuilderAction) => void) | null;
  problems: ProblemIndex;
  selectedId: string | null;
  /** Whether a phase is being dragged: cards then stop being drop targets. */
  draggingPhase: boolean;
  autoFocusName: boolean;
  onOpen: (actionId: string) => void;
  onAddAction: (phaseId: string) => void;
};

export function PhaseColumn({ phase, document, dispatch, problems, selectedId, draggingPhase, autoFocusName, onOpen, onAddAction }: ColumnProps) {
  const t = useTranslations("builder.board");
  const tp = useTranslations("builder.phase");
  const editable = dispatch !== null;
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: phaseDndId(phase.id),
    data: { phaseId: phase.id },
    disabled: !editable,
  });
  const invalid = (problems.phases.get(phase.id)?.length ?? 0) > 0;
  return (
    <section
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      // Named by the phase itself: its heading holds an input, whose value is not a reliable name.
      aria-label={phase.name}
      data-testid="phase-column"
      className={`flex w-72 shrink-0 flex-col rounded-lg border p-2 ${invalid ? "border-red-400 bg-red-50/40" : "border-gray-200 bg-gray-100/70"} ${isDragging ? "opacity-50" : ""}`}
    >
      <PhaseHeader
        phase={phase}
        document={document}
        dispatch={dispatch}
        problems={problems.phases.get(phase.id)}
        autoFocusName={autoFocusName}
        handle={editable && <DragHandle ref={setActivatorNodeRef} label={tp("move", { phase: phase.name })} {...attributes} {...listeners} />}
      />
      <SortableContext items={phase.actions.map((a) => actionDndId(a.id))} strategy={verticalListSortingStrategy}>
        <ol className="flex min-h-16 flex-1 flex-col gap-2" aria-label={phase.name}>
          {phase.actions.map((action) => (
            <SortableActionCard
              key={action.id}
              action={action}
              document={document}
              phaseId={phase.id}
              problems={problems.actions.get(action.id)}
              selected={selectedId === action.id}
              draggable={editable}
              acceptsDrops={editable && !draggingPhase}
              onOpen={onOpen}
            />
          ))}
        </ol>
      </SortableContext>
      {phase.actions.length === 0 && <p className="px-1 py-2 text-xs text-gray-500">{t("noActions")}</p>}
      {editable && (
        <Button variant="ghost" className="mt-2 justify-start px-2 py-1" onClick={() => onAddAction(phase.id)} aria-label={t("addActionTo", { phase: phase.name })}>
          <span aria-hidden>+</span> {t("addAction")}
        </Button>
      )}
    </section>
  );
}
