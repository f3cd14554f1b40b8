"use client";
/**
 * The schedule a line's project would start with under the chosen template, scheduled from
 * today: its forecast go-live (amber when after the target), how many actions it creates and
 * how many the line's attributes leave out, and the actions by phase with their due dates.
 */
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/format";
import { Notice } from "@/components/ui/notice";
import type { WonTemplate } from "./won-choice";

type Action = WonTemplate["actions"][number];

/** Actions come in document order, so a phase's actions are consecutive. */
function byPhase(actions: readonly Action[]): { phase: string; actions: Action[] }[] {
  const groups: { phase: string; actions: Action[] }[] = [];
  for (const action of actions) {
    const last = groups.at(-1);
    if (last && last.phase === action.phase) last.actions.push(action);
    else groups.push({ phase: action.phase, actions: [action] });
  }
  return groups;
}

/** `target`: the target go-live when it is a valid date, else null (no comparison). */
export function WonSchedulePreview({ template, target }: { template: WonTemplate; target: string | null }) {
  const t = useTranslations("deals");
  const date = useFormat().calendar;
  const forecast = template.goLiveDate;
  const late = forecast !== null && target !== null && forecast > target;
  const count = template.actions.length;
  return (
    <div className="space-y-2 rounded-md bg-gray-50 p-3 text-sm">
      <dl>
        <dt className="text-gray-600">{t("markWon.forecast")}</dt>
        <dd className={`font-medium ${late ? "text-amber-800" : "text-gray-900"}`}>{forecast ? date(forecast) : t("markWon.noForecast")}</dd>
      </dl>
      <p className="text-xs text-gray-500">{t("markWon.forecastHint")}</p>
      {late && <Notice tone="warning">{t("markWon.late", { forecast: date(forecast), target: date(target) })}</Notice>}
      <p className="text-gray-700">
        {t("markWon.actions", { count })}
        {template.skipped > 0 && <> {t("markWon.skipped", { count: template.skipped })}</>}
      </p>
      {count > 0 && (
        <details>
          <summary className="cursor-pointer rounded font-medium text-blue-700 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600">
            {t("markWon.showActions")}
          </summary>
          <div className="mt-2 space-y-3">
            {byPhase(template.actions).map((group, i) => (
              <div key={`${i}-${group.phase}`}>
                <h5 className="text-xs font-semibold text-gray-600">{group.phase || t("markWon.noPhase")}</h5>
                <ul className="divide-y divide-gray-200">
                  {group.actions.map((action) => (
                    <li key={action.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 py-1">
                      <span className="min-w-0 break-words">
                        {action.title}
                        {action.critical && (
                          <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">{t("markWon.critical")}</span>
                        )}
                      </span>
                      <span className="whitespace-nowrap text-gray-600">{t("markWon.due", { date: date(action.dueAt) })}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </details>
      )}
    </div>
  );
}
