"use client";
/**
 * When an action becomes available: with its phase, or once the actions it waits for are
 * done. Ticking actions in "Waits for" is how dependencies are drawn; only actions of the
 * same or an earlier phase are offered.
 */
import { useTranslations } from "next-intl";
import type { ActionTemplate, TemplateDocument, Trigger } from "@/server/templates/document";
import { prerequisiteChoices } from "./document-queries";
import { ProblemList } from "./problem-list";
import type { BuilderProblem } from "./problems";

type Props = { action: ActionTemplate; document: TemplateDocument; problems: readonly BuilderProblem[]; onChange: (trigger: Trigger) => void };

export function TriggerField({ action, document, problems, onChange }: Props) {
  const t = useTranslations("builder.editor.trigger");
  const name = `trigger-${action.id}`;
  const chosen = action.trigger.kind === "AFTER" ? action.trigger.actionIds : null;
  const choices = prerequisiteChoices(document, action.id);
  const toggle = (id: string, on: boolean) => {
    const ids = chosen ?? [];
    onChange({ kind: "AFTER", actionIds: on ? [...ids, id] : ids.filter((x) => x !== id) });
  };
  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="text-sm font-medium text-gray-800">{t("legend")}</legend>
      <label className="flex items-center gap-2 text-sm">
        <input type="radio" name={name} checked={chosen === null} onChange={() => onChange({ kind: "PHASE_START" })} />
        {t("phaseStart")}
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="radio" name={name} checked={chosen !== null} onChange={() => onChange({ kind: "AFTER", actionIds: [] })} />
        {t("after")}
      </label>
      {chosen !== null && (
        <fieldset className="ml-6 min-w-0 space-y-1">
          <legend className="text-xs font-medium text-gray-600">{t("waitsFor")}</legend>
          {choices.length === 0 && <p className="text-xs text-gray-500">{t("nothingEarlier")}</p>}
          <ul className="max-h-56 space-y-1 overflow-y-auto pr-1">
            {choices.map((c) => (
              <li key={c.id}>
                <label className={`flex items-start gap-2 text-sm ${c.eligible ? "" : "text-red-800"}`}>
                  <input type="checkbox" className="mt-0.5 size-4" checked={chosen.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                  <span>
                    {c.title}
                    {c.phase && <span className="ml-1 text-xs text-gray-500">· {c.phase}</span>}
                    {!c.eligible && <span className="ml-1 text-xs">({t("notAllowed")})</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <ProblemList problems={problems} />
    </fieldset>
  );
}
