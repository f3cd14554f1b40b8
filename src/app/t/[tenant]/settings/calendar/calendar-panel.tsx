"use client";
/**
 * Settings → Calendar: what a business day is for this tenant (DESIGN §3): its working week,
 * its country's public holidays, and its members' days off.
 */
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import { useTRPC } from "@/trpc/client";
import { DaysOff } from "./days-off";
import { HolidaysList } from "./holidays-list";
import type { Country } from "./types";
import { WeekForm } from "./week-form";

type Props = { me: string; isAdmin: boolean; canManageOthers: boolean; countries: Country[]; timeZones: string[] };

export function CalendarPanel({ me, isAdmin, canManageOthers, countries, timeZones }: Props) {
  const t = useTranslations("calendar");
  const trpc = useTRPC();
  const calendar = useQuery(trpc.calendar.get.queryOptions());
  if (calendar.isPending) return <p role="status" className="text-sm text-gray-500">{t("loading")}</p>;
  if (calendar.error) return <Notice tone="error">{calendar.error.message}</Notice>;
  const countryName = countries.find((c) => c.code === calendar.data.country)?.name ?? calendar.data.country;
  return (
    <div className="max-w-4xl space-y-10">
      <WeekForm settings={calendar.data} editable={isAdmin} countries={countries} timeZones={timeZones} />
      <HolidaysList holidays={calendar.data.holidays} workingDays={calendar.data.workingDays} countryName={countryName} />
      <DaysOff daysOff={calendar.data.daysOff} today={calendar.data.today} me={me} canManageOthers={canManageOthers} />
    </div>
  );
}
