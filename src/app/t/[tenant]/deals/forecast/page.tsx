import type { Metadata } from "next";
import { Suspense } from "react";
import { currencyOf } from "@/server/crm/catalogue-defaults";
import { dealAccess } from "../deal-access";
import { ForecastView } from "./forecast-view";

export const metadata: Metadata = { title: "Forecast" };

export default async function ForecastPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant, isAdmin } = await dealAccess(slug);
  return (
    <Suspense>
      <ForecastView slug={slug} isAdmin={isAdmin} fallbackCurrency={currencyOf(tenant.country)} />
    </Suspense>
  );
}
