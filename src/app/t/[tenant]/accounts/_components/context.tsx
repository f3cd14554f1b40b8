"use client";
/**
 * What every account component needs to know about where it is, resolved once by the page on
 * the server: the tenant (slug for links, country for phone numbers and addresses, language
 * for new contacts), whether this member may change CRM data, and the countries to offer.
 */
import { createContext, useContext, type ReactNode } from "react";
import type { AppLocale } from "@/i18n/locales";

export type AccountsContextValue = {
  slug: string;
  canWrite: boolean;
  country: string;
  locale: AppLocale;
  countries: { code: string; name: string }[];
};

const Ctx = createContext<AccountsContextValue | null>(null);

export function AccountsProvider({ value, children }: { value: AccountsContextValue; children: ReactNode }) {
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useAccounts(): AccountsContextValue {
  const v = useContext(Ctx);
  if (!v) throw new Error("useAccounts() needs an <AccountsProvider> above it.");
  return v;
}
