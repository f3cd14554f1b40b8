"use client";
/**
 * The timeline drawn as a Gantt chart: a row per action under its phase, a bar from the day
 * it becomes available to the day it is due, closed days shaded, week and month ticks, and the
 * go-live day marked. Plain positioned boxes on a calendar-day axis (percentages of the axis,
 * so the chart stretches to its container and scrolls when the plan is long).
 *
 * Hidden from assistive technology: `ScheduleTable` says the same in rows and columns.
 */
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormat } from "@/components/format";
import { ScrollArea } from "@/components/ui/scroll-area";
import type { GanttModel, Span } from "./gantt-rows";
import { useRoleLabel } from "@/components/use-role-label";

/** The narrowest a day may get before the chart scrolls instead. */
const DAY_MIN_PX = 12;
const LABEL_WIDTH = "16rem";

/** One line of the sticky first column: cut with an ellipsis when too long, the whole text in its tooltip. */
function Clipped({ children, className }: { children: string; className: string }) {
  return (
    <span className={`block truncate ${className}`} title={children}>
      {children}
    </span>
  );
}

function Row({ label, children, strong = false }: { label: ReactNode; children?: ReactNode; strong?: boolean }) {
  return (
    <div className={`flex ${strong ? "border-t border-gray-200 bg-gray-50/60" : ""}`}>
      <div className="sticky left-0 z-20 shrink-0 border-r border-gray-200 bg-white px-3 py-1.5" style={{ width: LABEL_WIDTH }}>
        {label}
      </div>
      <div className="relative h-9 flex-1">{children}</div>
    </div>
  );
}

export function GanttChart({ model }: { model: GanttModel }) {
  const t = useTranslations("preview.timeline");
  const dates = useFormat();
  const roleLabel = useRoleLabel();
  const { axis, groups, goLive } = model;
  const pct = (days: number) => `${(days / axis.days) * 100}%`;
  const place = (s: Span) => ({ left: pct(s.offset), width: pct(s.length) });
  // A month label at the axis start too, unless the axis starts on the 1st anyway.
  const months = axis.months[0]?.offset === 0 ? axis.months : [{ offset: 0, date: axis.start }, ...axis.months];

  return (
    <ScrollArea aria-hidden className="rounded-lg border border-gray-200 bg-white text-xs" data-testid="gantt">
      <div className="relative" style={{ minWidth: `calc(${LABEL_WIDTH} + ${axis.days * DAY_MIN_PX}px)` }}>
        {/* Shading and ticks sit under every row of the track. */}
        <div className="pointer-events-none absolute inset-y-0 right-0" style={{ left: LABEL_WIDTH }}>
          {axis.closed.map((c) => (
            <div key={c.offset} className="absolute inset-y-0 bg-gray-100" style={place(c)} />
          ))}
          {axis.weeks.map((w) => (
            <div key={w.offset} className="absolute inset-y-0 border-l border-gray-200" style={{ left: pct(w.offset) }} />
          ))}
          {goLive && <div className="absolute inset-y-0 z-10 w-0.5 -translate-x-1/2 bg-green-700" style={{ left: pct(goLive.offset + 0.5) }} />}
        </div>

        <Row label={null}>
          {months.map((m) => (
            <span key={m.offset} className="absolute top-0.5 pl-1 font-semibold whitespace-nowrap text-gray-700" style={{ left: pct(m.offset) }}>
              {dates.calendar(m.date, "month")}
            </span>
          ))}
          {axis.weeks.map((w) => (
            <span key={w.offset} className="absolute bottom-0.5 pl-1 text-gray-500" style={{ left: pct(w.offset) }}>
              {dates.calendar(w.date, "dayOfMonth")}
            </span>
          ))}
          {goLive && (
            <span
              // Beside the line, on whichever side has room: go-live is usually the last day.
              className={`absolute top-0.5 z-10 rounded bg-green-700 px-1 font-semibold whitespace-nowrap text-white ${
                goLive.offset > axis.days / 2 ? "-ml-1 -translate-x-full" : "ml-1"
              }`}
              style={{ left: pct(goLive.offset + 0.5) }}
            >
              {t("goLiveMarker")}
            </span>
          )}
        </Row>

        {groups.map((g) => (
          <div key={g.id}>
            <Row
              strong
              label={
                <>
                  <Clipped className="font-semibold text-gray-900">{g.name}</Clipped>
                  <Clipped className="text-gray-500">{t("phaseDates", { start: dates.calendar(g.startsAt), end: dates.calendar(g.endsAt) })}</Clipped>
                </>
              }
            >
              <div className="absolute inset-y-3 rounded-sm bg-gray-300/70" style={place(g)} />
            </Row>
            {g.rows.length === 0 && <Row label={<Clipped className="text-gray-500 italic">{t("noActions")}</Clipped>} />}
            {g.rows.map((r) => (
              <Row
                key={r.id}
                label={
                  <>
                    <Clipped className="text-gray-900">{r.title}</Clipped>
                    <Clipped className="text-gray-500">{roleLabel(r.role)}</Clipped>
                  </>
                }
              >
                <div
                  title={t("barTitle", { title: r.title, available: dates.calendar(r.availableAt), due: dates.calendar(r.dueAt) })}
                  className={`absolute inset-y-2 rounded ${r.critical ? "bg-rose-600 ring-2 ring-rose-300" : "bg-sky-500/80"}`}
                  style={place(r)}
                />
              </Row>
            ))}
          </div>
        ))}
      </div>
    </ScrollArea>
  );
}

export function GanttLegend() {
  const t = useTranslations("preview.timeline");
  const item = "inline-flex items-center gap-1.5";
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-gray-600">
      <li className={item}>
        <span aria-hidden className="h-2.5 w-5 rounded bg-rose-600" />
        {t("legendCritical")}
      </li>
      <li className={item}>
        <span aria-hidden className="h-2.5 w-5 rounded border border-gray-200 bg-gray-100" />
        {t("legendClosed")}
      </li>
      <li className={item}>
        <span aria-hidden className="h-3 w-0.5 bg-green-700" />
        {t("goLiveMarker")}
      </li>
    </ul>
  );
}
