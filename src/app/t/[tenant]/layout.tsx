import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { FormatProvider } from "@/components/format";
import { placeOf } from "@/i18n/format/format";
import { tenantsOf } from "@/server/db/tenant-context";
import { userLocale } from "@/server/identity/users";
import { AppShell } from "./app-shell";
import { tenantPage } from "./tenant";

export default async function TenantLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { user, tenant } = await tenantPage(slug);
  const [tenants, locale, language] = await Promise.all([tenantsOf(user.id), userLocale(user.id), getLocale()]);
  return (
    <div style={tenant.brandColor ? ({ "--tenant-color": tenant.brandColor } as React.CSSProperties) : undefined}>
      {/* Dates, numbers and money in the reader's language and the tenant's country and time zone. */}
      <FormatProvider place={placeOf(language, tenant)}>
        <AppShell
          tenant={{ slug: tenant.slug, name: tenant.name }}
          tenants={tenants.map((t) => ({ slug: t.slug, name: t.name }))}
          user={{ name: user.name, email: user.email, locale }}
        >
          {children}
        </AppShell>
      </FormatProvider>
    </div>
  );
}
