import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { ssoProviderId } from "@/server/auth/provider-id";
import { SsoForm } from "./sso-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("sso") };
}

export default async function SsoPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  return <SsoForm callbackUrl={`${env().APP_URL}/api/auth/callback/${ssoProviderId(tenant)}`} />;
}
