"use client";
/** The signed-in frame: sidebar navigation, tenant switcher, notifications, the person, their sessions and sign-out. */
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { AppLocale } from "@/i18n/locales";
import { LanguagePicker } from "./language-picker";
import { NotificationBell } from "./notification-bell";
import { signOutAction } from "./sign-out";
import { useMyLiveChanges } from "./use-my-live-changes";

type Props = {
  tenant: { slug: string; name: string };
  tenants: { slug: string; name: string }[];
  user: { name: string; email: string; locale: AppLocale | null };
  children: ReactNode;
};

export function AppShell({ tenant, tenants, user, children }: Props) {
  useMyLiveChanges();
  const t = useTranslations("shell");
  const path = usePathname();
  const router = useRouter();
  const base = `/t/${tenant.slug}`;
  const nav = [
    { href: base, label: t("home"), active: path === base },
    { href: `${base}/accounts`, label: t("accounts"), active: path.startsWith(`${base}/accounts`) },
    { href: `${base}/deals`, label: t("deals"), active: path.startsWith(`${base}/deals`) },
    { href: `${base}/projects`, label: t("projects"), active: path.startsWith(`${base}/projects`) },
    { href: `${base}/settings`, label: t("settings"), active: path.startsWith(`${base}/settings`) },
  ];
  return (
    <div className="flex min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("skip")}
      </a>
      <aside className="flex w-60 shrink-0 flex-col border-r border-gray-200 bg-white">
        <div className="border-b border-gray-200 p-4">
          <div className="flex items-center justify-between">
            <p className="text-xs font-semibold uppercase tracking-wide text-brand">Switchboard</p>
            <NotificationBell slug={tenant.slug} />
          </div>
          {tenants.length > 1 ? (
            <label className="mt-2 block text-sm">
              <span className="sr-only">{t("switchTenant")}</span>
              <select
                aria-label={t("switchTenant")}
                className="w-full rounded-md border border-gray-300 bg-white px-2 py-1 text-sm font-medium"
                value={tenant.slug}
                onChange={(e) => router.push(`/t/${e.target.value}`)}
              >
                {tenants.map((x) => (
                  <option key={x.slug} value={x.slug}>
                    {x.name}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <p className="mt-2 text-sm font-medium">{tenant.name}</p>
          )}
        </div>
        <nav aria-label={t("navigation")} className="flex-1 space-y-1 p-2">
          {nav.map((n) => (
            <Link
              key={n.href}
              href={n.href}
              aria-current={n.active ? "page" : undefined}
              className={`block rounded-md px-3 py-2 text-sm font-medium ${n.active ? "bg-gray-100 text-gray-900" : "text-gray-600 hover:bg-gray-50"}`}
            >
              {n.label}
            </Link>
          ))}
        </nav>
        <div className="border-t border-gray-200 p-4 text-sm">
          <p className="font-medium" data-testid="current-user">
            {user.name}
          </p>
          <p className="truncate text-xs text-gray-500" title={user.email}>
            {user.email}
          </p>
          <LanguagePicker value={user.locale} />
          <Link href={`${base}/settings/sessions`} className="mt-3 block text-sm text-gray-600 underline hover:text-gray-900">
            {t("sessions")}
          </Link>
          <form action={signOutAction} className="mt-1">
            <button type="submit" className="text-sm font-medium text-gray-600 underline hover:text-gray-900">
              {t("signOut")}
            </button>
          </form>
        </div>
      </aside>
      <main id="main" className="flex-1 p-8">
        {children}
      </main>
    </div>
  );
}
