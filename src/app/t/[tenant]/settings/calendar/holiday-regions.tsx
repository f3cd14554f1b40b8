"use client";
/**
 * Where each person works, in a country whose public holidays differ by region: a technician
 * based in Scotland for an English reseller follows Scotland's holidays, and their actions' due
 * dates skip those days. Admins and managers set it, as they staff the work; everyone sees it.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { NATIONAL, effectiveRegion, regionName, type CountryRegions, type RegionsByCountry } from "@/server/calendar/regions";
import { useTRPC } from "@/trpc/client";
import type { CalendarSettings } from "./types";
import { useProblem } from "@/components/problem";

type Member = CalendarSettings["members"][number];
type Props = { settings: CalendarSettings; regions: RegionsByCountry; me: string; editable: boolean };

export function HolidayRegions({ settings, regions, me, editable }: Props) {
  const t = useTranslations("calendar.people");
  const tDays = useTranslations("calendar.daysOff");
  const choice = regions[settings.country];
  if (!choice) return null;
  const tenantRegion = regionName(regions, settings.country, settings.region) ?? "";
  return (
    <section aria-labelledby="holiday-regions-heading" className="space-y-3">
      <div>
        <h2 id="holiday-regions-heading" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-gray-600">{t("intro")}</p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white [contain:inline-size]">
        <table aria-labelledby="holiday-regions-heading" className="min-w-full text-sm">
          <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-600">
            <tr>
              <th scope="col" className="px-3 py-2">{t("member")}</th>
              <th scope="col" className="px-3 py-2">{t("region")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {settings.members.map((m) => (
              <tr key={m.id}>
                <td className="px-3 py-2">{m.id === me ? tDays("you", { name: m.name }) : m.name}</td>
                <td className="px-3 py-2">
                  {editable ? (
                    <MemberRegion member={m} choice={choice} tenantHasRegion={settings.region !== null} tenantRegion={tenantRegion} />
                  ) : (
                    (m.holidayRegion === null ? t("sameAsTenant", { region: tenantRegion }) : regionName(regions, settings.country, effectiveRegion(settings.region, m.holidayRegion)))
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!editable && <p className="text-xs text-gray-500">{t("managersOnly")}</p>}
    </section>
  );
}

type RowProps = { member: Member; choice: CountryRegions; tenantHasRegion: boolean; tenantRegion: string };

/** Saves on change: one choice, nothing else to fill in. */
function MemberRegion({ member, choice, tenantHasRegion, tenantRegion }: RowProps) {
  const t = useTranslations("calendar.people");
  const problemOf = useProblem();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [value, setValue] = useState(member.holidayRegion ?? "");
  const save = useMutation(
    trpc.calendar.setHolidayRegion.mutationOptions({ onSuccess: () => qc.invalidateQueries(trpc.calendar.get.queryFilter()) }),
  );
  const error = save.error ? problemOf(save.error, "region") : undefined;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <select
        aria-label={t("regionOf", { name: member.name })}
        aria-invalid={Boolean(error)}
        value={value}
        disabled={save.isPending}
        onChange={(e) => {
          setValue(e.target.value);
          save.mutate({ membershipId: member.id, region: e.target.value || null });
        }}
        className={`block min-w-56 rounded-md border bg-white px-3 py-1.5 text-sm shadow-sm ${error ? "border-red-500" : "border-gray-300"}`}
      >
        <option value="">{t("sameAsTenant", { region: tenantRegion })}</option>
        {choice.national !== null && tenantHasRegion && <option value={NATIONAL}>{choice.national}</option>}
        {choice.regions.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
      <span role="status" className="text-xs text-green-700">
        {save.isSuccess && t("saved")}
      </span>
      {error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
