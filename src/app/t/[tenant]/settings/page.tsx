import { redirect } from "next/navigation";
import { tenantPage } from "../tenant";

export default async function SettingsIndex({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const { membership } = await tenantPage(tenant);
  redirect(`/t/${tenant}/settings/${membership.roles.includes("ADMIN") ? "members" : "templates"}`);
}
