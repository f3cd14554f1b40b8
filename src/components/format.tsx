"use client";
/**
 * The formatting module (src/i18n/format) for client components: the tenant layout, which
 * knows the reader's language and the tenant's country and time zone, provides the place;
 * `useFormat()` gives every component the formatter bound to it. Outside a tenant (sign-up,
 * sign-in) the place is the UI language alone, in UTC.
 */
import { useLocale, useTimeZone } from "next-intl";
import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
import { calendarDateIn, createFormat, type Format, type FormatPlace } from "@/i18n/format/format";

const PlaceContext = createContext<FormatPlace | null>(null);

export function FormatProvider({ place, children }: { place: FormatPlace; children: ReactNode }) {
  return <PlaceContext.Provider value={place}>{children}</PlaceContext.Provider>;
}

export function useFormatPlace(): FormatPlace {
  const provided = useContext(PlaceContext);
  const language = useLocale();
  const timeZone = useTimeZone() ?? "UTC";
  return provided ?? { language, timeZone };
}

export function useFormat(): Format {
  const { language, country, timeZone } = useFormatPlace();
  return useMemo(() => createFormat({ language, country, timeZone }), [language, country, timeZone]);
}

/** "2026-05-14" as seen in the tenant's time zone, shifted by `days`: defaults for date inputs. */
export function useToday() {
  const { timeZone } = useFormatPlace();
  return useCallback(
    (days = 0) => {
      const today = calendarDateIn(new Date(), timeZone);
      if (days === 0) return today;
      const d = new Date(`${today}T00:00:00.000Z`);
      d.setUTCDate(d.getUTCDate() + days);
      return d.toISOString().slice(0, 10);
    },
    [timeZone],
  );
}
