"use client";
/** The deals area's header: title, "New deal", board/list switch, forecast link, and its filters. */
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button";
import { useUrlState } from "@/components/use-url-state";

type View = "board" | "list" | "forecast";

export function DealsNav({ slug, view, canWrite, children }: { slug: string; view: View; canWrite: boolean; children?: ReactNode }) {
  const t = useTranslations("deals");
  const url = useUrlState();
  const base = `/t/${slug}/deals`;
  // Only the owner filter is shared between views; stage, month and page belong to the list.
  const owner = url.get("owner");
  const keep = owner ? `owner=${encodeURIComponent(owner)}` : "";
  const tabs: { id: View; href: string; label: string }[] = [
    { id: "board", href: keep ? `${base}?${keep}` : base, label: t("nav.board") },
    { id: "list", href: `${base}?view=list${keep ? `&${keep}` : ""}`, label: t("nav.list") },
    { id: "forecast", href: `${base}/forecast${keep ? `?${keep}` : ""}`, label: t("nav.forecast") },
  ];
  return (
    <header className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{view === "forecast" ? t("forecast.title") : t("title")}</h1>
        {canWrite && (
          <ButtonLink href={`${base}/new`}>{t("nav.newDeal")}</ButtonLink>
        )}
      </div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <nav aria-label={t("nav.label")} className="inline-flex rounded-md border border-gray-300 bg-white p-0.5">
          {tabs.map((tab) => (
            <Link
              key={tab.id}
              href={tab.href}
              aria-current={tab.id === view ? "page" : undefined}
              className={`rounded px-3 py-1.5 text-sm font-medium ${tab.id === view ? "bg-gray-900 text-white" : "text-gray-700 hover:bg-gray-100"}`}
            >
              {tab.label}
            </Link>
          ))}
        </nav>
        <div className="flex flex-wrap items-end gap-3">{children}</div>
      </div>
    </header>
  );
}
