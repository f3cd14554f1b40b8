"use client";
/** Money for client components, in the tenant's formats (src/i18n/format/money): decimal strings, never floats. */
import { useCallback } from "react";
import { formatMoney } from "@/i18n/format/money";
import { useFormatPlace } from "./format";

export function useMoney() {
  const { language, country, timeZone } = useFormatPlace();
  return useCallback(
    (amount: string, currency: string, options?: { compact?: boolean }) => formatMoney(amount, currency, { language, country, timeZone }, options),
    [language, country, timeZone],
  );
}
