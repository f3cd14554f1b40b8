"use client";
/** "2026-07" → "Jul 2026" / "juil. 2026", read in UTC so the month never shifts with a time zone. */
import { useFormatter } from "next-intl";
import { useCallback } from "react";

export function useMonthLabel() {
  const format = useFormatter();
  return useCallback(
    (month: string, style: "short" | "long" = "short") => format.dateTime(new Date(`${month}-01T00:00:00.000Z`), { month: style, year: "numeric", timeZone: "UTC" }),
    [format],
  );
}
