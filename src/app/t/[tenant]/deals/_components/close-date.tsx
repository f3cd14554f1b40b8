"use client";
/** A deal's target close date, flagged when the deal is open and the date has passed. */
import { useTranslations } from "next-intl";

export function CloseDate({ date, overdue }: { date: string; overdue: boolean }) {
  const t = useTranslations("deals");
  if (!overdue) return <span className="text-gray-600">{date}</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1.5 gap-y-0.5 font-medium text-red-700" title={t("card.overdueTitle")}>
      {date}
      <span className="rounded bg-red-50 px-1.5 py-0.5 text-[0.7rem] font-semibold uppercase tracking-wide ring-1 ring-inset ring-red-200">{t("card.overdue")}</span>
    </span>
  );
}
