"use client";
/** A due date as people read it: relative ("in 2 days", "3 days ago") with the date itself. */
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/format";

export function DueDate({ due, today }: { due: string | null; today: string }) {
  const t = useTranslations("projects");
  const format = useFormat();
  if (!due) return <span className="text-sm text-gray-500">{t("noDueDate")}</span>;
  const tone = due < today ? "text-red-800 font-medium" : due === today ? "text-amber-800 font-medium" : "text-gray-700";
  return (
    <span className={`whitespace-nowrap text-sm ${tone}`}>
      {t("due", { relative: format.relative(due, new Date()), date: format.calendar(due) })}
    </span>
  );
}
