"use client";
/**
 * Display helpers for account pages. Money arrives as decimal strings (never floats) and is
 * shown in the person's language. Calendar dates (close date, start date) are stored as UTC
 * midnight, so they are read in UTC: in the tenant's zone a tenant west of Greenwich would see
 * the 1st as the 31st. Instants (activity, creation) are shown in the tenant's zone, which
 * next-intl applies by default.
 */
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { useFormatter, useLocale } from "next-intl";
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

export function useDates() {
  const format = useFormatter();
  return useMemo(
    () => ({
      calendar: (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" }),
      day: (d: Date) => format.dateTime(d, { dateStyle: "medium" }),
      instant: (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }),
    }),
    [format],
  );
}
