"use client";
/**
 * A column's header: the phase's name (edited in place), whether it is the Go-Live, and what
 * is wrong with it. Deleting a phase that holds actions asks first: the actions go with it.
 */
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { goLivePhase, type Phase, type TemplateDocument } from "@/server/templates/document";
import type { BuilderAction } from "./builder-reducer";
import { ConfirmDialog } from "./confirm-dialog";
import { ProblemList } from "./problem-list";
import type { BuilderProblem } from "./problems";

/** The column heading's id: the problems panel focuses the phase through it. */
export const phaseHeadingId = (phaseId: string) => `phase-${phaseId}-heading`;

type Props = {
  phase: Phase;
  document: TemplateDocument;
  dispatch: ((action: BuilderAction) => void) | null;
  problems: readonly BuilderProblem[] | undefined;
  autoFocusName: boolean;
  /** The column's drag handle, when the phase can be moved. */
  handle: ReactNode;
};

export function PhaseHeader({ phase, document, dispatch, problems, autoFocusName, handle }: Props) {
  const t = useTranslations("builder.phase");
  const [confirming, setConfirming] = useState(false);
  // Without a marked phase the last one is the Go-Live (DESIGN §3): say so, more quietly.
  const isGoLive = goLivePhase(document)?.id === phase.id;
  const headingId = phaseHeadingId(phase.id);
  const problemsId = `${headingId}-problems`;

  function remove() {
    if (phase.actions.length > 0) setConfirming(true);
    else dispatch?.({ type: "deletePhase", id: phase.id });
  }

  return (
    // Sticky in the board's own scroll: a tall column keeps its name and Go-Live in view.
    <header className={`sticky top-0 z-10 -mx-2 -mt-2 mb-2 space-y-1.5 rounded-t-lg px-3 pt-2 pb-1.5 ${problems?.length ? "bg-red-50" : "bg-gray-100"}`}>
      <div className="flex items-center gap-1">
        {handle}
        {/* Focusable when read-only, so the problems panel can still bring the phase into view. */}
        <h3 id={headingId} tabIndex={dispatch ? undefined : -1} className="min-w-0 flex-1 break-words text-sm font-semibold outline-none">
          {dispatch ? (
            <input
              value={phase.name}
              onChange={(e) => dispatch({ type: "renamePhase", id: phase.id, name: e.target.value })}
              aria-label={t("name")}
              aria-invalid={Boolean(problems?.some((p) => p.field === "name"))}
              aria-describedby={problems?.length ? problemsId : undefined}
              // Focus lands here when the phase was just added, so it can be named at once.
              autoFocus={autoFocusName}
              maxLength={80}
              // A long name scrolls inside the field; the title shows it whole.
              title={phase.name}
              className="w-full rounded border border-transparent bg-transparent px-1 py-0.5 font-semibold hover:border-gray-300 focus:border-brand focus:bg-white"
            />
          ) : (
            phase.name
          )}
        </h3>
        <span className="rounded-full bg-white px-2 text-xs font-medium text-gray-700" aria-label={t("count", { count: phase.actions.length })}>
          {phase.actions.length}
        </span>
      </div>
      <div className="flex items-center gap-2">
        {dispatch ? (
          <button
            type="button"
            aria-pressed={phase.goLive}
            onClick={() => dispatch({ type: "setGoLive", id: phase.id, goLive: !phase.goLive })}
            title={phase.goLive ? t("goLiveOn") : isGoLive ? t("goLiveDefault") : t("goLiveOff")}
            className={`rounded-full border px-2 py-0.5 text-xs font-medium ${goLiveStyle(phase.goLive, isGoLive)}`}
          >
            {t("goLive")}
          </button>
        ) : (
          isGoLive && <span className={`rounded-full border px-2 py-0.5 text-xs font-medium ${goLiveStyle(phase.goLive, true)}`}>{t("goLive")}</span>
        )}
        {dispatch && (
          <button type="button" onClick={remove} aria-label={t("delete", { phase: phase.name })} className="ml-auto rounded px-1.5 py-0.5 text-xs text-gray-500 hover:bg-red-50 hover:text-red-700">
            {t("deleteShort")}
          </button>
        )}
      </div>
      <ProblemList id={problemsId} problems={problems} />
      <ConfirmDialog
        open={confirming}
        title={t("confirmDeleteTitle", { phase: phase.name })}
        description={t("confirmDeleteBody", { count: phase.actions.length })}
        confirmLabel={t("confirmDelete")}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          dispatch?.({ type: "deletePhase", id: phase.id });
        }}
      />
    </header>
  );
}

function goLiveStyle(marked: boolean, effective: boolean): string {
  if (marked) return "border-green-600 bg-green-600 text-white";
  if (effective) return "border-green-600 bg-white text-green-800";
  return "border-dashed border-gray-300 bg-white text-gray-500 hover:border-green-600 hover:text-green-800";
}
