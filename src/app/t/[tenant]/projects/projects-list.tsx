"use client";
/** Every project of the tenant with where it stands (the deployments dashboard adds health later). */
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/format";
import { Problem } from "@/components/problem";
import { ScrollArea } from "@/components/ui/scroll-area";
import { useUrlState } from "@/components/use-url-state";
import { PROJECT_STATUSES } from "@/server/deployments/engine/state";
import { useTRPC } from "@/trpc/client";
import { ProjectStatusBadge } from "./status-badge";

type Status = (typeof PROJECT_STATUSES)[number];
const isStatus = (s: string | null): s is Status => PROJECT_STATUSES.includes(s as Status);

export function ProjectsList() {
  const t = useTranslations("projects");
  const { tenant } = useParams<{ tenant: string }>();
  const format = useFormat();
  const trpc = useTRPC();
  const url = useUrlState();
  const raw = url.get("status");
  const status = isStatus(raw) ? raw : null;
  const query = useQuery(trpc.projects.list.queryOptions({ status }));
  return (
    <div className="max-w-6xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("listTitle")}</h1>
      <div role="group" aria-label={t("filterLabel")} className="flex flex-wrap gap-2">
        {[null, ...PROJECT_STATUSES].map((s) => (
          <button
            key={s ?? "all"}
            type="button"
            aria-pressed={status === s}
            onClick={() => url.set({ status: s })}
            className={`rounded-full border px-3 py-1 text-sm ${status === s ? "border-brand bg-brand text-white" : "border-gray-300 bg-white text-gray-700 hover:bg-gray-50"}`}
          >
            {s ? t(`statuses.${s}`) : t("all")}
          </button>
        ))}
      </div>
      {query.isPending ? (
        <p role="status" className="text-sm text-gray-500">{t("loading")}</p>
      ) : query.error ? (
        <Problem error={query.error} />
      ) : query.data.length === 0 ? (
        <div className="rounded-lg border border-dashed border-gray-300 bg-white p-8 text-center">
          <p className="font-semibold">{t("emptyTitle")}</p>
          <p className="mt-1 text-sm text-gray-600">{t("emptyBody")}</p>
        </div>
      ) : (
        <ScrollArea className="rounded-lg border border-gray-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-gray-200 bg-gray-50 text-gray-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{t("columns.project")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("columns.service")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("columns.status")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("columns.phase")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("columns.progress")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("columns.target")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {query.data.map((p) => (
                <tr key={p.id}>
                  <td className="px-4 py-2">
                    <Link href={`/t/${tenant}/projects/${p.id}`} className="font-medium text-brand hover:underline">
                      {p.account.name}
                    </Link>
                  </td>
                  <td className="px-4 py-2">{p.serviceTypeName}</td>
                  <td className="px-4 py-2"><ProjectStatusBadge status={p.status} /></td>
                  <td className="px-4 py-2">{p.currentPhase ?? "—"}</td>
                  <td className="px-4 py-2">
                    <span className="flex items-center gap-2 whitespace-nowrap">
                      <span aria-hidden className="h-1.5 w-20 overflow-hidden rounded bg-gray-200">
                        <span className="block h-full bg-brand" style={{ width: `${p.progress.total ? (100 * p.progress.done) / p.progress.total : 0}%` }} />
                      </span>
                      {t("progress", p.progress)}
                    </span>
                  </td>
                  <td className="whitespace-nowrap px-4 py-2">{p.targetGoLive ? format.calendar(p.targetGoLive) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </div>
  );
}
