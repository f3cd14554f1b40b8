import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { crmAccess } from "@/components/crm-access";
import { dealExists } from "@/server/crm/deal-detail";
import { requireRecord } from "../../require-record";
import { DealView } from "./deal-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("deals.deal");
  return { title: t("metaTitle") };
}

export default async function DealPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const { canWrite, me } = await crmAccess(slug);
  await requireRecord(slug, id, dealExists);
  return <DealView slug={slug} id={id} canWrite={canWrite} myUserId={me.userId} />;
}
