"use client";
/** How the forecast weighs deals, with this tenant's own stage probabilities. */
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { OPEN_STAGES } from "@/server/crm/stages";
import { useTRPC } from "@/trpc/client";

export function WeightingNote({ slug, isAdmin }: { slug: string; isAdmin: boolean }) {
  const t = useTranslations("deals");
  const trpc = useTRPC();
  const p = useQuery(trpc.catalogue.probabilities.queryOptions());
  return (
    <aside aria-labelledby="weighting" className="rounded-lg border border-blue-100 bg-blue-50 p-4 text-sm text-blue-950">
      <h2 id="weighting" className="font-semibold">
        {t("forecast.weightingTitle")}
      </h2>
      <p className="mt-1">{t("forecast.weightingBody")}</p>
      {p.data && (
        <ul className="mt-2 flex flex-wrap gap-2">
          {OPEN_STAGES.map((s) => (
            <li key={s} className="rounded-full bg-white px-3 py-1 text-xs font-medium">
              {t("forecast.stageProbability", { stage: t(`stages.${s}`), probability: p.data[s] })}
            </li>
          ))}
        </ul>
      )}
      {/* Only admins reach settings; the others would find a locked page. */}
      {isAdmin && (
        <p className="mt-2 text-xs">
          {t("forecast.weightingSettings")}{" "}
          <Link href={`/t/${slug}/settings/catalogue`} className="font-medium underline">
            {t("forecast.weightingLink")}
          </Link>
        </p>
      )}
    </aside>
  );
}
