import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { crmAccess } from "@/components/crm-access";
import { currencyOf } from "@/server/crm/catalogue-defaults";
import { DealsIndex } from "./deals-index";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("deals");
  return { title: t("title") };
}

export default async function DealsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { canWrite, tenant } = await crmAccess(slug);
  return (
    // The filters are read from the URL on the client, which needs a suspense boundary.
    <Suspense>
      <DealsIndex slug={slug} canWrite={canWrite} fallbackCurrency={currencyOf(tenant.country)} />
    </Suspense>
  );
}
