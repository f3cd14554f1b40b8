import type { Metadata } from "next";
import { Suspense } from "react";
import { crmAccess } from "@/components/crm-access";
import { currencyOf } from "@/server/crm/catalogue-defaults";
import { ForecastView } from "./forecast-view";

export const metadata: Metadata = { title: "Forecast" };

export default async function ForecastPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant, isAdmin, canWrite } = await crmAccess(slug);
  return (
    <Suspense>
      <ForecastView slug={slug} isAdmin={isAdmin} canWrite={canWrite} fallbackCurrency={currencyOf(tenant.country)} />
    </Suspense>
  );
}
