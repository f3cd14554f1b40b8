import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { hasRole } from "@/server/identity/roles";
import { templateExists } from "@/server/templates/templates";
import { requireRecord } from "../../../require-record";
import { tenantPage } from "../../../tenant";
import { TemplateBuilder } from "./template-builder";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("builder");
  return { title: t("metaTitle") };
}

type Params = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<{ version?: string | string[] }> };

export default async function TemplateBuilderPage({ params, searchParams }: Params) {
  const { tenant: slug, id } = await params;
  const { membership } = await tenantPage(slug);
  await requireRecord(slug, id, templateExists);
  const raw = (await searchParams).version;
  const number = typeof raw === "string" && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
  // Managers and admins design templates (the router's `designer` rung); everyone else reads.
  return <TemplateBuilder slug={slug} id={id} canDesign={hasRole(membership.roles, "ADMIN", "MANAGER")} version={number} />;
}
