"use client";
/** "2026-07" → "Jul 2026" / "juil. 2026", read in UTC so the month never shifts with a time zone. */
import { useCallback } from "react";
import { useFormat } from "@/components/format";

export function useMonthLabel() {
  const format = useFormat();
  return useCallback((month: string, style: "short" | "long" = "short") => format.calendar(month, style === "short" ? "month" : "monthLong"), [format]);
}
