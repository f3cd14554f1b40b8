/** Builds the account pages' context on the server (see ./context.tsx). */
import { getLocale } from "next-intl/server";
import { isLocale } from "@/i18n/locales";
import { supportedCountries } from "@/server/identity/countries";
import { accountAccess } from "./access";
import type { AccountsContextValue } from "./context";

export async function accountsContext(slug: string): Promise<AccountsContextValue> {
  const [{ canWrite, tenant }, uiLocale] = await Promise.all([accountAccess(slug), getLocale()]);
  const locale = isLocale(uiLocale) ? uiLocale : "en";
  return {
    slug,
    canWrite,
    country: tenant.country,
    locale: isLocale(tenant.locale) ? tenant.locale : locale,
    countries: supportedCountries(locale),
  };
}
