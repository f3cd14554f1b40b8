"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

export function SettingsTabs({ slug, isAdmin }: { slug: string; isAdmin: boolean }) {
  const t = useTranslations("settings");
  const path = usePathname();
  const tabs = [
    ...(isAdmin
      ? [
          { href: `/t/${slug}/settings/members`, label: t("members") },
          { href: `/t/${slug}/settings/sso`, label: t("sso") },
          { href: `/t/${slug}/settings/catalogue`, label: t("catalogue") },
        ]
      : []),
    { href: `/t/${slug}/settings/templates`, label: t("templates") },
    { href: `/t/${slug}/settings/calendar`, label: t("calendar") },
    { href: `/t/${slug}/settings/sessions`, label: t("sessions") },
  ];
  return (
    <nav aria-label={t("title")} className="flex gap-1 border-b border-gray-200">
      {tabs.map((tab) => {
        const active = path.startsWith(tab.href);
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${active ? "border-brand text-gray-900" : "border-transparent text-gray-600 hover:text-gray-900"}`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
