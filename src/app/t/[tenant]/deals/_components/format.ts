"use client";
/**
 * Display helpers for deal pages: money in the person's language (decimal strings from the
 * server, never floats) and calendar dates, which are stored as UTC midnight and so must be
 * read in UTC whatever the tenant's time zone, or the 1st would show as the 31st in America.
 */
import { useFormatter, useLocale, useTimeZone } from "next-intl";
import { useCallback } from "react";
import { formatMoney } from "@/server/crm/money";

export function useMoney() {
  const locale = useLocale();
  return useCallback((amount: string, currency: string) => formatMoney(amount, currency, locale), [locale]);
}

export function useCalendarDate() {
  const format = useFormatter();
  return useCallback(
    (date: Date | string, style: "medium" | "long" = "medium") =>
      format.dateTime(typeof date === "string" ? new Date(`${date}T00:00:00.000Z`) : date, { dateStyle: style, timeZone: "UTC" }),
    [format],
  );
}

/** "2026-05-14" as seen in the tenant's time zone, shifted by `days`: defaults for date inputs. */
export function useToday() {
  const timeZone = useTimeZone() ?? "UTC";
  return useCallback(
    (days = 0) => {
      // en-CA formats as YYYY-MM-DD, the value a date input expects.
      const today = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
      if (days === 0) return today;
      const d = new Date(`${today}T00:00:00.000Z`);
      d.setUTCDate(d.getUTCDate() + days);
      return d.toISOString().slice(0, 10);
    },
    [timeZone],
  );
}
