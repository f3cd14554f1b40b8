import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { hasRole } from "@/server/identity/roles";
import { tenantPage } from "../../tenant";
import { TemplatesPanel } from "./templates-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates");
  return { title: t("title") };
}

export default async function TemplatesPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { membership } = await tenantPage(slug);
  return (
    // The archived/in-use view is read from the URL on the client, which needs a suspense boundary.
    <Suspense>
      <TemplatesPanel slug={slug} canDesign={hasRole(membership.roles, "ADMIN", "MANAGER")} />
    </Suspense>
  );
}
