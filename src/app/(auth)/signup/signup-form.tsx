"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState, type FormEvent } from "react";
import { RegionSelect } from "@/components/region-select";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import { LANGUAGE_NAMES, LOCALES, type AppLocale } from "@/i18n/locales";
import type { RegionsByCountry } from "@/server/calendar/regions";
import { slugFromName } from "@/server/identity/slug";
import { signupInput, type SignupInput } from "@/server/routers/identity/signup.schema";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { zodFieldErrors } from "@/server/errors";
import { Problem } from "@/components/problem";

type Form = Record<keyof SignupInput, string>;

/** The browser's country and zone are good first guesses; the person can change both. */
function guessCountry(locale: AppLocale, countries: { code: string }[]): string {
  const region = new Intl.Locale(navigator.language).maximize().region;
  const fallback = locale === "fr" ? "FR" : "GB";
  return countries.some((c) => c.code === region) ? region! : fallback;
}

type Props = { countries: { code: string; name: string }[]; regions: RegionsByCountry; timeZones: string[]; defaultLocale: AppLocale };

export function SignupForm(props: Props) {
  const t = useTranslations("signup");
  const v = useValidationMessage();
  const trpc = useTRPC();
  const signup = useMutation(trpc.identity.signup.mutationOptions());
  const [slugEdited, setSlugEdited] = useState(false);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const [form, setForm] = useState<Form>({
    companyName: "",
    slug: "",
    locale: props.defaultLocale,
    country: props.defaultLocale === "fr" ? "FR" : "GB",
    // Asked, never guessed: in the UK, England's and Scotland's holidays differ.
    region: "",
    timezone: props.defaultLocale === "fr" ? "Europe/Paris" : "Europe/London",
    adminName: "",
    adminEmail: "",
  });

  useEffect(() => {
    const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const country = guessCountry(props.defaultLocale, props.countries);
    // Guesses from the browser are only known after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setForm((f) => ({ ...f, country, region: country === f.country ? f.region : "", timezone: props.timeZones.includes(timezone) ? timezone : f.timezone }));
  }, [props.countries, props.defaultLocale, props.timeZones]);

  const set = (k: keyof Form) => (e: { target: { value: string } }) => {
    const value = e.target.value;
    setForm((f) => ({
      ...f,
      [k]: value,
      ...(k === "companyName" && !slugEdited ? { slug: slugFromName(value) } : {}),
      // Another country's regions are not this one's: the region is asked again.
      ...(k === "country" ? { region: "" } : {}),
    }));
    if (k === "slug") setSlugEdited(true);
  };

  const input = useMemo(() => signupInput(props.regions), [props.regions]);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = input.safeParse(form);
    if (!parsed.success) {
      return setClientErrors(zodFieldErrors(parsed.error));
    }
    setClientErrors({});
    await signup.mutateAsync(parsed.data).catch(() => null);
  }

  if (signup.data) {
    return (
      <Notice tone="success" title={t("doneTitle")}>
        {t("doneBody", { email: signup.data.email })}
      </Notice>
    );
  }

  const server = fieldErrorsOf(signup.error);
  const err = (k: keyof Form) => v(clientErrors[k] ?? server[k]);
  const unexpected = signup.error && Object.keys(server).length === 0;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField label={t("companyName")} value={form.companyName} onChange={set("companyName")} error={err("companyName")} autoComplete="organization" autoFocus required />
      <TextField label={t("slug")} value={form.slug} onChange={set("slug")} error={err("slug")} hint={t("slugHint", { slug: form.slug || "acme" })} required />
      <div className="grid grid-cols-2 gap-4">
        <SelectField label={t("locale")} value={form.locale} onChange={set("locale")} error={err("locale")}>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("country")} value={form.country} onChange={set("country")} error={err("country")}>
          {props.countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </div>
      <RegionSelect choice={props.regions[form.country]} value={form.region || null} onChange={(r) => set("region")({ target: { value: r ?? "" } })} error={err("region")} />
      <SelectField label={t("timezone")} value={form.timezone} onChange={set("timezone")} error={err("timezone")}>
        {props.timeZones.map((z) => (
          <option key={z} value={z}>
            {z.replaceAll("_", " ")}
          </option>
        ))}
      </SelectField>
      <TextField label={t("adminName")} value={form.adminName} onChange={set("adminName")} error={err("adminName")} autoComplete="name" required />
      <TextField label={t("adminEmail")} type="email" value={form.adminEmail} onChange={set("adminEmail")} error={err("adminEmail")} autoComplete="email" required />
      {unexpected && <Problem error={signup.error} />}
      <Button type="submit" className="w-full" pending={signup.isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
