"use client";
/** The deal's history, newest first: what changed, who did it, when. */
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/format";
import type { DealDetail } from "../_components/types";
import { useActivitySummary } from "./activity-summary";

export function DealActivity({ deal, myUserId }: { deal: DealDetail; myUserId: string }) {
  const t = useTranslations("deals");
  const dates = useFormat();
  const summarize = useActivitySummary();
  return (
    <section aria-labelledby="activity-title" className="space-y-3 rounded-lg border border-gray-200 bg-white p-6">
      <h2 id="activity-title" className="text-lg font-semibold">
        {t("activity.title")}
      </h2>
      {deal.activity.length === 0 ? (
        <p className="text-sm text-gray-600">{t("activity.empty")}</p>
      ) : (
        <ol className="space-y-3">
          {deal.activity.map((a) => {
            const { title, details } = summarize(a);
            // The deal's history carries the actor's user id only; names are not sent with it.
            const who = a.actorId === null ? t("activity.system") : a.actorId === myUserId ? t("activity.you") : t("activity.colleague");
            return (
              <li key={a.id} className="border-l-2 border-gray-200 pl-3 text-sm">
                <p className="font-medium">{title}</p>
                {details.map((d) => (
                  <p key={d} className="text-gray-700">
                    {d}
                  </p>
                ))}
                <p className="text-xs text-gray-500">
                  {who} ·{" "}
                  <time dateTime={a.createdAt.toISOString()}>{dates.instant(a.createdAt)}</time>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
