import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { crmAccess } from "@/components/crm-access";
import { DealView } from "./deal-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("deals.deal");
  return { title: t("metaTitle") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function DealPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const { canWrite, me } = await crmAccess(slug);
  // Not an id at all: the same 404 as a deal of another tenant.
  if (!UUID.test(id)) notFound();
  return <DealView slug={slug} id={id} canWrite={canWrite} myUserId={me.userId} />;
}
