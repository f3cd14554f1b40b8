"use client";
/**
 * The template's published versions, newest first, with who published each and when. Each
 * opens read-only (`?version=N`), so a version can be linked to and compared with the draft.
 */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useFormat } from "@/components/format";
import type { TemplateDetail } from "./types";

type Props = { href: string; versions: TemplateDetail["versions"]; viewing: number | null };

export function VersionHistory({ href, versions, viewing }: Props) {
  const t = useTranslations("builder.history");
  const dates = useFormat();
  const [open, setOpen] = useState(viewing !== null);
  const id = useId();
  return (
    <div className="relative">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)} className="text-sm font-medium text-brand hover:underline">
        {t("toggle", { count: versions.length })}
      </button>
      {open && (
        <div id={id} role="region" aria-label={t("title")} onKeyDown={(e) => e.key === "Escape" && setOpen(false)} className="mt-2 w-80 max-w-full rounded-md border border-gray-200 bg-white p-2 shadow-sm">
          {versions.length === 0 ? (
            <p className="px-2 py-1 text-sm text-gray-600">{t("none")}</p>
          ) : (
            <ol className="divide-y divide-gray-100 text-sm">
              {viewing !== null && (
                <li>
                  <Link href={href} className="block rounded px-2 py-1.5 font-medium text-brand hover:bg-gray-50">
                    {t("backToDraft")}
                  </Link>
                </li>
              )}
              {versions.map((v) => (
                <li key={v.number}>
                  <Link
                    href={`${href}?version=${v.number}`}
                    aria-current={viewing === v.number ? "page" : undefined}
                    className={`block rounded px-2 py-1.5 hover:bg-gray-50 ${viewing === v.number ? "bg-blue-50" : ""}`}
                  >
                    <span className="font-medium">{t("version", { number: v.number })}</span>
                    <span className="block text-xs text-gray-600">
                      {/* No name: published by the workspace itself (its default templates) or by someone since removed. */}
                      {v.actorName
                        ? t("publishedBy", { name: v.actorName, date: v.publishedAt ? dates.instant(v.publishedAt) : "—" })
                        : t("publishedOn", { date: v.publishedAt ? dates.instant(v.publishedAt) : "—" })}
                    </span>
                  </Link>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}
