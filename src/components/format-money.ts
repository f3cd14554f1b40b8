"use client";
/** Money arrives as decimal strings (never floats) and is shown in the person's language. */
import { useLocale } from "next-intl";
import { useCallback } from "react";
import { formatMoney } from "@/server/crm/money";

export function useMoney() {
  const locale = useLocale();
  return useCallback((amount: string, currency: string) => formatMoney(amount, currency, locale), [locale]);
}
