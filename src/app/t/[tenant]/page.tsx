import { getLocale, getTranslations } from "next-intl/server";
import { createFormat, placeOf } from "@/i18n/format/format";
import { tenantPage } from "./tenant";

export default async function TenantHome({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { user, tenant } = await tenantPage(slug);
  const t = await getTranslations("home");
  const format = createFormat(placeOf(await getLocale(), tenant));
  return (
    <div className="max-w-3xl space-y-6">
      <header>
        <p className="text-sm text-gray-500">{format.day(new Date(), "full")}</p>
        <h1 className="text-2xl font-semibold">{t("greeting", { name: user.name.split(" ")[0] ?? user.name })}</h1>
        <p className="text-sm text-gray-600">{t("tenant", { tenant: tenant.name })}</p>
      </header>
      <section aria-labelledby="my-day" className="rounded-lg border border-dashed border-gray-300 bg-white p-8 text-center">
        <h2 id="my-day" className="text-base font-semibold">
          {t("emptyTitle")}
        </h2>
        <p className="mt-1 text-sm text-gray-600">{t("emptyBody")}</p>
      </section>
    </div>
  );
}
