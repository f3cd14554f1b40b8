/** Builds the account pages' context on the server (see ./context.tsx). */
import { getLocale } from "next-intl/server";
import { crmAccess } from "@/components/crm-access";
import { isLocale } from "@/i18n/locales";
import { supportedCountries } from "@/server/identity/countries";
import type { AccountsContextValue } from "./context";

export async function accountsContext(slug: string): Promise<AccountsContextValue> {
  const [{ canWrite, tenant }, uiLocale] = await Promise.all([crmAccess(slug), getLocale()]);
  const locale = isLocale(uiLocale) ? uiLocale : "en";
  return {
    slug,
    canWrite,
    country: tenant.country,
    locale: isLocale(tenant.locale) ? tenant.locale : locale,
    countries: supportedCountries(locale),
  };
}
