"use client";
/**
 * Date display helpers. Calendar dates (close date, start date) are stored as UTC midnight, so
 * they are read in UTC: in the tenant's zone a tenant west of Greenwich would see the 1st as
 * the 31st. Instants (activity, creation) are shown in the tenant's zone, which next-intl
 * applies by default. Money and phone numbers have their own modules (format-money,
 * format-phone) so a page without them does not download decimal or phone-number libraries.
 */
import { useFormatter, useTimeZone } from "next-intl";
import { useCallback, useMemo } from "react";

/** `calendar` also takes "YYYY-MM-DD", the form calendar dates have in activity snapshots. */
export function useDates() {
  const format = useFormatter();
  return useMemo(
    () => ({
      calendar: (date: Date | string, style: "medium" | "long" = "medium") =>
        format.dateTime(typeof date === "string" ? new Date(`${date}T00:00:00.000Z`) : date, { dateStyle: style, timeZone: "UTC" }),
      day: (d: Date) => format.dateTime(d, { dateStyle: "medium" }),
      instant: (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }),
    }),
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
