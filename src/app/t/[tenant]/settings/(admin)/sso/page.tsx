import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { ssoProviderId } from "@/server/auth/provider-id";
import { emailDomain } from "@/server/identity/email";
import { tenantPage } from "../../../tenant";
import { SsoPanel } from "./sso-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("sso") };
}

export default async function SsoPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { user } = await tenantPage(slug);
  return <SsoPanel callbackUrl={`${env().APP_URL}/api/auth/callback/${ssoProviderId(slug)}`} ownDomain={emailDomain(user.email)} />;
}
