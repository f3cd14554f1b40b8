"use client";
/**
 * The working area under the header: the problems panel, the board with the card editor
 * beside it, and the previews below, conditions and dates named by their labels throughout. Shared by the editable draft and the read-only views (a
 * published version, or a member who does not design templates): read-only is `dispatch` null.
 */
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import type { AttributeSchema } from "@/server/crm/attributes";
import type { TemplateDocument } from "@/server/templates/document";
import type { TemplateProblem } from "@/server/templates/validate";
import { cardButtonId } from "./action-card";
import { ActionEditor } from "./action-editor";
import { Board } from "./board";
import type { BuilderAction } from "./builder-reducer";
import { locateAction } from "./document-queries";
import { newAction, newPhase } from "./new-items";
import { PreviewTabs } from "./preview-tabs";
import { indexProblems, problemEntries, type BuilderProblem } from "./problems";
import { ProblemsPanel } from "./problems-panel";
import { TemplateLabelsProvider } from "./template-labels";
import type { TemplateDetail } from "./types";

type Props = {
  document: TemplateDocument;
  dispatch: ((action: BuilderAction) => void) | null;
  attributes: AttributeSchema;
  calendar: TemplateDetail["calendar"];
  /** The validator's problems: the graph and the timeline read these. */
  validation: TemplateProblem[];
  /** Everything to show on the board: the validator's, the form's, the server's. */
  problems: BuilderProblem[];
};

export function BuilderSurface({ document: doc, dispatch, attributes, calendar, validation, problems }: Props) {
  const t = useTranslations("builder");
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [newPhaseId, setNewPhaseId] = useState<string | null>(null);
  const index = useMemo(() => indexProblems(problems), [problems]);
  const entries = useMemo(() => problemEntries(doc, index), [doc, index]);
  const selected = selectedId ? locateAction(doc, selectedId) : undefined;

  function close() {
    const id = selectedId;
    setSelectedId(null);
    // Back to the card the editor was opened from, so keyboard work carries on where it was.
    if (id) requestAnimationFrame(() => window.document.getElementById(cardButtonId(id))?.focus());
  }
  function addAction(phaseId: string) {
    if (!dispatch) return;
    const action = newAction(doc, t("board.newActionTitle"));
    dispatch({ type: "addAction", phaseId, action });
    setSelectedId(action.id);
  }
  function addPhase() {
    if (!dispatch) return;
    const phase = newPhase(doc, t("board.newPhaseName"));
    dispatch({ type: "addPhase", phase });
    setNewPhaseId(phase.id);
  }

  return (
    <TemplateLabelsProvider document={doc} attributes={attributes}>
      <div className="space-y-4">
        <ProblemsPanel entries={entries} editable={dispatch !== null} />
        {dispatch && <p className="text-xs text-gray-500">{t("board.hint")}</p>}
        <div className={selected ? "grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_26rem]" : ""}>
          <Board
            document={doc}
            dispatch={dispatch}
            problems={index}
            selectedId={selectedId}
            newPhaseId={newPhaseId}
            onOpen={setSelectedId}
            onAddAction={addAction}
            onAddPhase={addPhase}
          />
          {selected && (
            <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
              <ActionEditor
                key={selected.action.id}
                action={selected.action}
                document={doc}
                attributes={attributes}
                problems={index.actions.get(selected.action.id) ?? []}
                readOnly={!dispatch}
                onChange={(patch) => dispatch?.({ type: "updateAction", id: selected.action.id, patch })}
                onDelete={() => {
                  dispatch?.({ type: "deleteAction", id: selected.action.id });
                  setSelectedId(null);
                }}
                onClose={close}
              />
            </div>
          )}
        </div>
        <PreviewTabs document={doc} attributes={attributes} calendar={calendar} problems={validation} selectedId={selectedId} onSelect={setSelectedId} />
      </div>
    </TemplateLabelsProvider>
  );
}
