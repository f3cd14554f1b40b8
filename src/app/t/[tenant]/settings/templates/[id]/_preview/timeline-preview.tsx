"use client";
/**
 * The builder's live preview of the timeline a template gives a service line (DESIGN §3):
 * sample attribute values and a start date in, the go-live date, the actions that exist under
 * those values (and those that vanish: no numbers to port, no porting) and a Gantt chart out.
 * It reruns the real scheduler on every edit, in the browser, with the tenant's calendar.
 *
 * A draft is often half-written, so scheduling may fail (an unparsable condition, a loop the
 * builder has not flagged yet): that shows a sentence, never an error boundary, because the
 * cards already say what is wrong.
 */
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useFormat } from "@/components/format";
import { Notice } from "@/components/ui/notice";
import { countBusinessDays, isIsoDate, type BusinessCalendar } from "@/server/calendar/business-days";
import type { AttributeSchema } from "@/server/crm/attributes";
import { actionsOf, type TemplateDocument } from "@/server/templates/document";
import { describeCondition } from "@/server/templates/labels";
import { scheduleTemplate, type Schedule } from "@/server/templates/schedule";
import { useLabelWords } from "../template-labels";
import { GanttChart, GanttLegend } from "./gantt-chart";
import { ganttRows, type GanttModel } from "./gantt-rows";
import { SampleForm } from "./sample-form";
import { sampleInputs, toAttributeValues } from "./sample-values";
import { ScheduleTable } from "./schedule-table";

type Props = {
  document: TemplateDocument;
  attributes: AttributeSchema;
  calendar: { workingDays: readonly number[]; holidays: readonly string[]; today: string };
  /** The document has a loop: no schedule exists, so a notice stands in for the timeline. */
  disabled?: boolean;
};

type Outcome =
  { kind: "ok"; schedule: Schedule; model: GanttModel; businessDays: number | null } | { kind: "loops" } | { kind: "noStart" } | { kind: "failed" };

export function TimelinePreview({ document, attributes, calendar, disabled = false }: Props) {
  const t = useTranslations("preview.timeline");
  const format = useFormat();
  const words = useLabelWords();
  const [overrides, setOverrides] = useState<Record<string, string | boolean>>({});
  const [start, setStart] = useState(calendar.today);

  const inputs = useMemo(() => ({ ...sampleInputs(attributes, calendar.today), ...overrides }), [attributes, calendar.today, overrides]);
  const values = useMemo(() => toAttributeValues(attributes, inputs), [attributes, inputs]);
  const businessCalendar = useMemo(
    (): BusinessCalendar => ({ workingDays: calendar.workingDays, holidays: new Set(calendar.holidays) }),
    [calendar.workingDays, calendar.holidays],
  );

  const outcome = useMemo((): Outcome => {
    if (disabled) return { kind: "loops" };
    if (!isIsoDate(start)) return { kind: "noStart" };
    try {
      const schedule = scheduleTemplate({ document, attributes: values, start, calendar: businessCalendar });
      const first = schedule.phases[0]?.startsAt;
      // Counted from the day work starts, so a start on a Saturday does not add a day.
      const businessDays = schedule.goLiveDate && first ? countBusinessDays(businessCalendar, first, schedule.goLiveDate) : null;
      return { kind: "ok", schedule, model: ganttRows(schedule, businessCalendar), businessDays };
    } catch {
      return { kind: "failed" };
    }
  }, [disabled, start, document, values, businessCalendar]);

  const byId = useMemo(() => new Map(actionsOf(document).map(({ action }) => [action.id, action])), [document]);

  return (
    <section className="space-y-4" aria-label={t("title")}>
      <SampleForm
        attributes={attributes}
        inputs={inputs}
        start={start}
        onInput={(key, value) => setOverrides((o) => ({ ...o, [key]: value }))}
        onStart={setStart}
      />
      {outcome.kind === "loops" && <Notice tone="warning">{t("loops")}</Notice>}
      {outcome.kind === "noStart" && <Notice tone="info">{t("startMissing")}</Notice>}
      {outcome.kind === "failed" && <Notice tone="warning">{t("failed")}</Notice>}
      {outcome.kind === "ok" && (
        <div className="space-y-3">
          {/* Announced as values change: "Numbers to port 0" → one action fewer, an earlier go-live. */}
          <div aria-live="polite" className="space-y-1">
            <p className="text-lg font-semibold text-gray-900">
              {outcome.schedule.goLiveDate
                ? t("goLive", {
                    date: format.calendar(outcome.schedule.goLiveDate, "full"),
                    days: outcome.businessDays ?? 0,
                  })
                : t("noGoLive")}
            </p>
            <p className="text-sm text-gray-700">{t("summary", { actions: outcome.schedule.actions.length, skipped: outcome.schedule.skipped.length })}</p>
          </div>
          {outcome.schedule.skipped.length > 0 && (
            <div className="text-sm">
              <h3 className="font-medium text-gray-900">{t("skippedTitle")}</h3>
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-gray-600">
                {outcome.schedule.skipped.map((id) => {
                  const action = byId.get(id);
                  // A condition that does not check has no words: its card says what is wrong, the title is enough here.
                  const condition = action ? describeCondition(action.condition, attributes, words) : null;
                  return <li key={id}>{action && condition ? t("skippedItem", { title: action.title, condition }) : (action?.title ?? id)}</li>;
                })}
              </ul>
            </div>
          )}
          {outcome.schedule.phases.length > 0 && (
            <>
              <GanttChart model={outcome.model} />
              <GanttLegend />
              <ScheduleTable groups={outcome.model.groups} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
