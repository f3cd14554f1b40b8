import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Notice } from "@/components/ui/notice";
import { tenantPage } from "../../tenant";

/** Members, single sign-on and the catalogue belong to admins. */
export default async function AdminSettingsLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { membership } = await tenantPage(slug);
  const t = await getTranslations("settings");
  return membership.roles.includes("ADMIN") ? <div className="max-w-4xl">{children}</div> : <Notice tone="warning">{t("adminOnly")}</Notice>;
}
