import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { crmAccess } from "@/components/crm-access";
import { currencyOf } from "@/server/crm/catalogue-defaults";
import { ForecastView } from "./forecast-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("deals.forecast");
  return { title: t("title") };
}

export default async function ForecastPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant, isAdmin, canWrite } = await crmAccess(slug);
  return (
    <Suspense>
      <ForecastView slug={slug} isAdmin={isAdmin} canWrite={canWrite} fallbackCurrency={currencyOf(tenant.country)} />
    </Suspense>
  );
}
