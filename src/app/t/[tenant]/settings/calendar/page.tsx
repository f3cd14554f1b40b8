import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/locales";
import { holidayRegions } from "@/server/calendar/region-list";
import { supportedCountries } from "@/server/identity/countries";
import { hasRole } from "@/server/identity/roles";
import { tenantPage } from "../../tenant";
import { CalendarPanel } from "./calendar-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("calendar") };
}

export default async function CalendarPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const [{ membership }, uiLocale] = await Promise.all([tenantPage(slug), getLocale()]);
  const lang = isLocale(uiLocale) ? uiLocale : "en";
  return (
    <CalendarPanel
      me={membership.id}
      isAdmin={hasRole(membership.roles, "ADMIN")}
      canManageOthers={hasRole(membership.roles, "ADMIN", "MANAGER")}
      // The country and region lists come from the holiday library, which is too large to ship to the browser.
      countries={supportedCountries(lang)}
      regions={holidayRegions(lang)}
      timeZones={Intl.supportedValuesOf("timeZone")}
    />
  );
}
