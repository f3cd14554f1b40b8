"use client";
/**
 * The working week, the country and region whose public holidays close the office and the time
 * zone that says when a day starts. Admins change them; everyone else sees them, since their due
 * dates depend on them.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState, type FormEvent } from "react";
import { useFormat } from "@/components/format";
import { RegionSelect } from "@/components/region-select";
import { Button } from "@/components/ui/button";
import { Checkbox, SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import { regionName, type RegionsByCountry } from "@/server/calendar/regions";
import { zodFieldErrors } from "@/server/errors";
import { updateCalendarInput } from "@/server/routers/templates/calendar.schema";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import type { CalendarSettings, Country } from "./types";
import { useWeekdays } from "./use-weekdays";
import { Problem } from "@/components/problem";

type Props = { settings: CalendarSettings; editable: boolean; countries: Country[]; regions: RegionsByCountry; timeZones: string[] };

/** A stored value the lists lack (a zone alias, a retired code) is still offered, so saving keeps it. */
const withCurrent = <T,>(list: T[], has: boolean, current: T) => (has ? list : [current, ...list]);

export function WeekForm({ settings, editable, countries, regions, timeZones }: Props) {
  const t = useTranslations("calendar.week");
  return (
    <section aria-labelledby="week-heading" className="space-y-3">
      <div>
        <h2 id="week-heading" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-gray-600">{t("intro")}</p>
      </div>
      {editable ? <WeekEditor settings={settings} countries={countries} regions={regions} timeZones={timeZones} /> : <WeekSummary settings={settings} countries={countries} regions={regions} />}
    </section>
  );
}

function WeekSummary({ settings, countries, regions }: Omit<Props, "editable" | "timeZones">) {
  const t = useTranslations("calendar.week");
  const format = useFormat();
  const tr = useTranslations("regions");
  const region = regionName(regions, settings.country, settings.region);
  const weekdays = useWeekdays();
  const worked = weekdays.filter((d) => settings.workingDays.includes(d.iso)).map((d) => d.name);
  const rows = [
    [t("workingDays"), worked.length ? format.list(worked) : t("none")],
    [t("country"), countries.find((c) => c.code === settings.country)?.name ?? settings.country],
    ...(region ? [[tr("label"), region]] : []),
    [t("timezone"), settings.timezone],
    [t("escalationDelay"), t("escalationDelayValue", { days: settings.escalationDelayDays })],
  ];
  return (
    <div className="space-y-3 rounded-lg border border-gray-200 bg-white p-6">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-gray-700">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-gray-500">{t("adminOnly")}</p>
    </div>
  );
}

function WeekEditor({ settings, countries, regions, timeZones }: Omit<Props, "editable">) {
  const t = useTranslations("calendar.week");
  const v = useValidationMessage(["validation", "calendar.week.errors"]);
  const weekdays = useWeekdays();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const router = useRouter();
  const [days, setDays] = useState(() => new Set(settings.workingDays));
  const [country, setCountry] = useState(settings.country);
  const [region, setRegion] = useState(settings.region);
  const [timezone, setTimezone] = useState(settings.timezone);
  // Kept as typed: an emptied field is refused by the schema, not silently turned into 0.
  const [delay, setDelay] = useState(String(settings.escalationDelayDays));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.calendar.update.mutationOptions({
      onSuccess: async () => {
        // Template previews count business days with the same calendar.
        await Promise.all([qc.invalidateQueries(trpc.calendar.pathFilter()), qc.invalidateQueries(trpc.templates.get.pathFilter())]);
        // The time zone also sets how the server renders dates for this tenant.
        router.refresh();
        setSaved(true);
      },
    }),
  );
  const input = useMemo(() => updateCalendarInput(regions), [regions]);
  const server = fieldErrorsOf(save.error);
  const err = (k: string) => v(errors[k] ?? server[k]);

  function toggle(iso: number, on: boolean) {
    setSaved(false);
    setDays((d) => {
      const next = new Set(d);
      if (on) next.add(iso);
      else next.delete(iso);
      return next;
    });
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const parsed = input.safeParse({ workingDays: [...days].sort(), country, region, timezone, escalationDelayDays: delay.trim() === "" ? Number.NaN : Number(delay) });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    save.mutate(parsed.data);
  }

  const dayError = err("workingDays");
  return (
    <form onSubmit={submit} noValidate className="space-y-5 rounded-lg border border-gray-200 bg-white p-6">
      <fieldset aria-describedby={dayError ? "working-days-error" : undefined}>
        <legend className="text-sm font-medium text-gray-800">{t("workingDays")}</legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {weekdays.map((d) => (
            <Checkbox key={d.iso} label={d.name} checked={days.has(d.iso)} onChange={(e) => toggle(d.iso, e.target.checked)} />
          ))}
        </div>
        {dayError && (
          <p id="working-days-error" role="alert" className="mt-1 text-sm text-red-700">
            {dayError}
          </p>
        )}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("country")}
          value={country}
          // Another country's regions are not this one's: the region is asked again.
          onChange={(e) => { setCountry(e.target.value); setRegion(null); setSaved(false); }}
          error={err("country")}
          hint={settings.members.some((m) => m.holidayRegion !== null) ? t("countryResetsMembers") : undefined}
        >
          {withCurrent(countries, countries.some((c) => c.code === settings.country), { code: settings.country, name: settings.country }).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <RegionSelect choice={regions[country]} value={region} onChange={(r) => { setRegion(r); setSaved(false); }} error={err("region")} />
        <SelectField label={t("timezone")} value={timezone} onChange={(e) => { setTimezone(e.target.value); setSaved(false); }} error={err("timezone")} hint={t("timezoneHint")}>
          {withCurrent(timeZones, timeZones.includes(settings.timezone), settings.timezone).map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("escalationDelay")}
          type="number"
          inputMode="numeric"
          min={1}
          max={20}
          step={1}
          value={delay}
          onChange={(e) => { setDelay(e.target.value); setSaved(false); }}
          error={err("escalationDelayDays")}
          hint={t("escalationDelayHint")}
        />
      </div>
      {save.error && Object.keys(server).length === 0 && <Problem error={save.error} />}
      {saved && <Notice tone="success">{t("saved")}</Notice>}
      <Button type="submit" pending={save.isPending}>
        {t("save")}
      </Button>
    </form>
  );
}
