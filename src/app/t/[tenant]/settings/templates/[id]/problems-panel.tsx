"use client";
/**
 * Every problem of the template at a glance, above the board: each names the phase and card it
 * is about and the field, and going to it (click, Enter or Space) scrolls the board to that
 * card or phase and puts the focus there, so the fix is one step away even on a wide board.
 */
import { useTranslations } from "next-intl";
import { cardButtonId } from "./action-card";
import { phaseHeadingId } from "./phase-header";
import type { EditorField, ProblemEntry } from "./problems";
import { useProblemMessage } from "./use-problem-message";

type Props = { entries: readonly ProblemEntry[]; editable: boolean };

/** The card's button, or the phase's name field (its heading when read-only). */
function focusTarget(focus: NonNullable<ProblemEntry["focus"]>): HTMLElement | null {
  if (focus.kind === "action") return document.getElementById(cardButtonId(focus.id));
  const heading = document.getElementById(phaseHeadingId(focus.id));
  return heading?.querySelector("input") ?? heading;
}

function goTo(focus: ProblemEntry["focus"]) {
  const el = focus && focusTarget(focus);
  if (!el) return;
  // Centred in the board's sideways scroll too, not just brought to the page's edge.
  el.scrollIntoView({ block: "center", inline: "center" });
  el.focus({ preventScroll: true });
}

export function ProblemsPanel({ entries, editable }: Props) {
  const t = useTranslations("builder.problems");
  const message = useProblemMessage();
  if (entries.length === 0) {
    return editable ? (
      <p className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="problems-panel">
        {t("none")}
      </p>
    ) : null;
  }
  return (
    <section aria-labelledby="template-problems-heading" className="rounded-lg border border-red-200 bg-red-50/60 p-3" data-testid="problems-panel">
      <h2 id="template-problems-heading" className="text-sm font-semibold text-red-900">
        {t("title", { count: entries.length })}
      </h2>
      <ol className="mt-2 max-h-64 space-y-1 overflow-y-auto">
        {entries.map((e, i) => {
          const where = e.action ? t("onAction", { action: e.action, phase: e.phase ?? "" }) : e.phase ? t("onPhase", { phase: e.phase }) : t("onTemplate");
          const field = e.problem.field ? t(`fields.${e.problem.field satisfies EditorField}`) : null;
          const body = (
            <>
              <span className="font-medium text-gray-900">{where}</span>
              {field && <span className="text-gray-600"> · {field}</span>}
              <span className="block text-red-900">{message(e.problem.message)}</span>
            </>
          );
          return (
            <li key={`${i}-${e.problem.message}`}>
              {e.focus ? (
                <button type="button" onClick={() => goTo(e.focus)} className="w-full rounded px-2 py-1 text-left text-sm hover:bg-red-100 focus-visible:bg-red-100">
                  {body}
                </button>
              ) : (
                <p className="px-2 py-1 text-sm">{body}</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
