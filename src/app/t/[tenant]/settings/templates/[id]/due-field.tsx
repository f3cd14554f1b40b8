"use client";
/**
 * When an action is due: N business days after it becomes available, or ±N business days
 * around a date an action of the template captures (two days before the porting date).
 */
import { useTranslations } from "next-intl";
import { MAX_DAYS, type DueRule } from "@/server/templates/document";
import { DaysInput } from "./days-input";
import { ProblemList } from "./problem-list";
import type { BuilderProblem } from "./problems";
import { useTemplateLabels } from "./template-labels";

/** `dateKeys`: the dates the template captures, in document order; they are shown by their labels. */
type Props = { actionId: string; due: DueRule; dateKeys: string[]; problems: readonly BuilderProblem[]; onChange: (due: DueRule) => void };

export function DueField({ actionId, due, dateKeys, problems, onChange }: Props) {
  const t = useTranslations("builder.editor.due");
  const labels = useTemplateLabels();
  const name = `due-${actionId}`;
  // A key no action captures any more stays listed, so the rule still reads as it is.
  const keys = due.kind === "RELATIVE_TO_DATE" && !dateKeys.includes(due.dateKey) ? [due.dateKey, ...dateKeys] : dateKeys;
  const firstKey = keys[0];
  const invalid = problems.length > 0;
  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="text-sm font-medium text-gray-800">{t("legend")}</legend>
      <div className="flex items-center gap-2 text-sm">
        <input type="radio" name={name} aria-label={t("afterAvailableOption")} checked={due.kind === "AFTER_AVAILABLE"} onChange={() => onChange({ kind: "AFTER_AVAILABLE", days: Math.max(0, due.days) })} />
        {due.kind === "AFTER_AVAILABLE" ? (
          <>
            <DaysInput value={due.days} min={0} max={MAX_DAYS} label={t("days")} invalid={invalid} onChange={(days) => onChange({ ...due, days })} />
            <span className="min-w-0">{t("afterAvailable", { days: due.days })}</span>
          </>
        ) : (
          <span>{t("afterAvailableOption")}</span>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <input
          type="radio"
          name={name}
          aria-label={t("relativeOption")}
          checked={due.kind === "RELATIVE_TO_DATE"}
          disabled={!firstKey}
          onChange={() => firstKey && onChange({ kind: "RELATIVE_TO_DATE", dateKey: firstKey, days: 0 })}
        />
        {due.kind === "RELATIVE_TO_DATE" ? (
          <>
            <DaysInput value={due.days} min={-MAX_DAYS} max={MAX_DAYS} label={t("days")} invalid={invalid} onChange={(days) => onChange({ ...due, days })} />
            <span>{t("relativeTo")}</span>
            <select aria-label={t("dateKey")} value={due.dateKey} onChange={(e) => onChange({ ...due, dateKey: e.target.value })} className="min-w-0 max-w-full rounded-md border border-gray-300 bg-white px-2 py-1 text-sm">
              {keys.map((k) => (
                <option key={k} value={k}>
                  {labels.date(k)}
                </option>
              ))}
            </select>
          </>
        ) : (
          <span className={firstKey ? "" : "text-gray-500"}>{firstKey ? t("relativeOption") : t("noDates")}</span>
        )}
      </div>
      {due.kind === "RELATIVE_TO_DATE" && <p className="ml-6 text-xs text-gray-500">{t("relativeHint")}</p>}
      <ProblemList problems={problems} />
    </fieldset>
  );
}
