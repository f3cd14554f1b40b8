"use client";
/**
 * The part of a win's notice about deployment: how many projects Mark Won created, with the
 * way to them. Nothing when the deal had no line to install. Shown inside the success notice
 * of the page that opened the dialog (the deal page, the board).
 */
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { MarkWonResult } from "./types";

export function WonProjectsCreated({ slug, result }: { slug: string; result: MarkWonResult }) {
  const t = useTranslations("deals");
  const count = result.projectIds.length;
  if (count === 0) return null;
  return (
    <p className="mt-1">
      {t("markWon.projectsCreated", { count })}{" "}
      {/* One project: straight to it; several: the list. */}
      <Link href={count === 1 ? `/t/${slug}/projects/${result.projectIds[0]}` : `/t/${slug}/projects`} className="font-medium underline">
        {t("markWon.openProjects", { count })}
      </Link>
    </p>
  );
}
