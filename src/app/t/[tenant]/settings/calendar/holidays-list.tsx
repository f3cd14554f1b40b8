"use client";
/** The public holidays of the next twelve months, as the holiday library gives them for the tenant's country and region. */
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/format";
import type { CalendarSettings } from "./types";
import { isoWeekday, useWeekdays } from "./use-weekdays";

type Props = { holidays: CalendarSettings["holidays"]; workingDays: number[]; place: string };

export function HolidaysList({ holidays, workingDays, place }: Props) {
  const t = useTranslations("calendar.holidays");
  const dates = useFormat();
  const weekdays = useWeekdays();
  return (
    <section aria-labelledby="holidays-heading" className="space-y-3">
      <div>
        <h2 id="holidays-heading" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-gray-600">{t("intro", { place })}</p>
      </div>
      {holidays.length === 0 ? (
        <p className="rounded-lg border border-dashed border-gray-300 bg-white p-6 text-center text-sm text-gray-600">{t("empty")}</p>
      ) : (
        <ul aria-labelledby="holidays-heading" className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white text-sm">
          {holidays.map((h) => {
            const weekday = isoWeekday(h.date);
            return (
              // Two holidays may share a day (both are listed), so the date alone is not a key.
              <li key={`${h.date}|${h.name}`} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-2">
                <span className="w-24 shrink-0 text-gray-500">{weekdays[weekday - 1]?.name}</span>
                <time dateTime={h.date} className="w-28 shrink-0 tabular-nums text-gray-700">
                  {dates.calendar(h.date)}
                </time>
                <span className="font-medium">{h.name}</span>
                {!workingDays.includes(weekday) && <span className="text-xs text-gray-500">{t("offAnyway")}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
