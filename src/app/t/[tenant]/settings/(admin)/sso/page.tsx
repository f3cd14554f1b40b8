import type { Metadata } from "next";
import { env } from "@/env";
import { ssoProviderId } from "@/server/auth/provider-id";
import { SsoForm } from "./sso-form";

export const metadata: Metadata = { title: "Single sign-on" };

export default async function SsoPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  return <SsoForm callbackUrl={`${env().APP_URL}/api/auth/callback/${ssoProviderId(tenant)}`} />;
}
