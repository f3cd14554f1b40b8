"use client";
/**
 * Settings → Calendar: what a business day is for this tenant (DESIGN §3): its working week,
 * its country's (or region's) public holidays, where each member works, and their days off.
 */
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { regionName, type RegionsByCountry } from "@/server/calendar/regions";
import { useTRPC } from "@/trpc/client";
import { DaysOff } from "./days-off";
import { HolidayRegions } from "./holiday-regions";
import { HolidaysList } from "./holidays-list";
import type { Country } from "./types";
import { WeekForm } from "./week-form";
import { Problem } from "@/components/problem";

type Props = { me: string; isAdmin: boolean; canManageOthers: boolean; countries: Country[]; regions: RegionsByCountry; timeZones: string[] };

export function CalendarPanel({ me, isAdmin, canManageOthers, countries, regions, timeZones }: Props) {
  const t = useTranslations("calendar");
  const tr = useTranslations("regions");
  const trpc = useTRPC();
  const calendar = useQuery(trpc.calendar.get.queryOptions());
  if (calendar.isPending) return <p role="status" className="text-sm text-gray-500">{t("loading")}</p>;
  if (calendar.error) return <Problem error={calendar.error} />;
  const { country, region } = calendar.data;
  const countryName = countries.find((c) => c.code === country)?.name ?? country;
  const place = region === null ? countryName : tr("place", { region: regionName(regions, country, region) ?? region, country: countryName });
  return (
    <div className="max-w-4xl space-y-10">
      <WeekForm settings={calendar.data} editable={isAdmin} countries={countries} regions={regions} timeZones={timeZones} />
      <HolidaysList holidays={calendar.data.holidays} workingDays={calendar.data.workingDays} place={place} />
      <HolidayRegions settings={calendar.data} regions={regions} me={me} editable={canManageOthers} />
      <DaysOff daysOff={calendar.data.daysOff} today={calendar.data.today} me={me} canManageOthers={canManageOthers} />
    </div>
  );
}
