import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { tenantPage } from "../tenant";
import { SettingsTabs } from "./settings-tabs";

export default async function SettingsLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { membership } = await tenantPage(slug);
  const t = await getTranslations("settings");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <SettingsTabs slug={slug} isAdmin={membership.roles.includes("ADMIN")} />
      {children}
    </div>
  );
}
