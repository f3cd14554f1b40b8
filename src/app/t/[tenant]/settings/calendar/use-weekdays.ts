"use client";
/**
 * Weekday names in the person's language, keyed by ISO number (1 = Monday … 7 = Sunday, as
 * the tenant's working days are stored), listed Monday first as both our languages' weeks are.
 */
import { useMemo } from "react";
import { useFormat } from "@/components/format";

export type Weekday = { iso: number; name: string };

/** ISO weekday of a "YYYY-MM-DD" calendar date. */
export function isoWeekday(date: string): number {
  return new Date(`${date}T00:00:00.000Z`).getUTCDay() || 7;
}

export function useWeekdays(): Weekday[] {
  const format = useFormat();
  return useMemo(() => {
    // French writes weekdays in lower case; a label starts with a capital.
    return [1, 2, 3, 4, 5, 6, 7].map((iso) => {
      const name = format.weekday(iso);
      return { iso, name: name.charAt(0).toLocaleUpperCase(format.locale) + name.slice(1) };
    });
  }, [format]);
}
