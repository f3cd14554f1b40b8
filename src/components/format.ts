"use client";
/**
 * Display helpers for CRM pages. Money arrives as decimal strings (never floats) and is shown
 * in the person's language. Calendar dates (close date, start date) are stored as UTC
 * midnight, so they are read in UTC: in the tenant's zone a tenant west of Greenwich would see
 * the 1st as the 31st. Instants (activity, creation) are shown in the tenant's zone, which
 * next-intl applies by default.
 */
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { useFormatter, useLocale, useTimeZone } from "next-intl";
import { useCallback, useMemo } from "react";
import { formatMoney } from "@/server/crm/money";

/** "+33612345678" → "+33 6 12 34 56 78"; anything unreadable is shown as stored. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

export function useMoney() {
  const locale = useLocale();
  return useCallback((amount: string, currency: string) => formatMoney(amount, currency, locale), [locale]);
}

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
