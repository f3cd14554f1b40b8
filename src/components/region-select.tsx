"use client";
/**
 * The holiday region of a country whose public holidays differ by region (the UK's nations,
 * Alsace-Moselle, Germany's Länder…); nothing for a country without. The empty choice is the
 * nationwide list where that is a real calendar, else a prompt to choose (the UK).
 */
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { SelectField } from "@/components/ui/field";
import type { CountryRegions } from "@/server/calendar/regions";

type Props = { choice: CountryRegions | undefined; value: string | null; onChange: (region: string | null) => void; error?: string; hint?: ReactNode };

export function RegionSelect({ choice, value, onChange, error, hint }: Props) {
  const t = useTranslations("regions");
  if (!choice) return null;
  return (
    <SelectField label={t("label")} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)} error={error} hint={hint}>
      <option value="">{choice.national ?? t("choose")}</option>
      {choice.regions.map((r) => (
        <option key={r.code} value={r.code}>
          {r.name}
        </option>
      ))}
    </SelectField>
  );
}
