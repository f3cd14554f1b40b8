import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { crmAccess } from "@/components/crm-access";
import { Notice } from "@/components/ui/notice";
import { currencyOf } from "@/server/crm/catalogue-defaults";
import { NewDealForm } from "./new-deal-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("deals.newDeal");
  return { title: t("title") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function NewDealPage({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: Promise<{ accountId?: string | string[] }> }) {
  const [{ tenant: slug }, query] = await Promise.all([params, searchParams]);
  const { canWrite, me, tenant } = await crmAccess(slug);
  const t = await getTranslations("deals");
  const accountId = typeof query.accountId === "string" && UUID.test(query.accountId) ? query.accountId : null;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("newDeal.title")}</h1>
      {canWrite ? (
        <NewDealForm slug={slug} accountId={accountId} myMembershipId={me.membershipId} fallbackCurrency={currencyOf(tenant.country)} />
      ) : (
        <Notice tone="warning">{t("common.readOnly")}</Notice>
      )}
    </div>
  );
}
