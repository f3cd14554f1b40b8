import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth-card";
import { isLocale } from "@/i18n/locales";
import { holidayRegions } from "@/server/calendar/region-list";
import { supportedCountries } from "@/server/identity/countries";
import { SignupForm } from "./signup-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signup");
  return { title: t("metaTitle") };
}

export default async function SignupPage() {
  const t = await getTranslations("signup");
  const locale = await getLocale();
  const lang = isLocale(locale) ? locale : "en";
  return (
    <AuthCard
      title={t("title")}
      subtitle={t("subtitle")}
      footer={
        <>
          {t("haveAccount")}{" "}
          <Link href="/login" className="font-medium text-brand underline">
            {t("loginLink")}
          </Link>
        </>
      }
    >
      <SignupForm countries={supportedCountries(lang)} regions={holidayRegions(lang)} timeZones={Intl.supportedValuesOf("timeZone")} defaultLocale={lang} />
    </AuthCard>
  );
}
