import { getLocale, getTranslations } from "next-intl/server";
import { createFormat, placeOf } from "@/i18n/format/format";
import { CalendarFeedPanel } from "./_my-day/calendar-feed-panel";
import { MyDay } from "./_my-day/my-day";
import { tenantPage } from "./tenant";

/** My day: the signed-in person's available actions, and their calendar feed. */
export default async function TenantHome({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { user, tenant } = await tenantPage(slug);
  const t = await getTranslations("home");
  const format = createFormat(placeOf(await getLocale(), tenant));
  return (
    <div className="max-w-5xl space-y-8">
      <header>
        <p className="text-sm text-gray-500">{format.day(new Date(), "full")}</p>
        <h1 className="text-2xl font-semibold">{t("greeting", { name: user.name.split(" ")[0] ?? user.name })}</h1>
        <p className="text-sm text-gray-600">{t("tenant", { tenant: tenant.name })}</p>
      </header>
      <MyDay />
      <CalendarFeedPanel />
    </div>
  );
}
