"use client";
/**
 * The template builder page (DESIGN §3): loads the template and the service types, then shows
 * the draft to design, or, read-only, a published version (`?version=N`) or the template for a
 * member who does not design templates. Reloading after someone else saved (or after a
 * discard) starts the workspace afresh from the server's copy.
 */
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Notice } from "@/components/ui/notice";
import { useTRPC } from "@/trpc/client";
import { BuilderWorkspace } from "./builder-workspace";
import { ReadOnlyView } from "./read-only-view";
import { useProblem } from "@/components/problem";

type Props = { slug: string; id: string; canDesign: boolean; version: number | null };

export function TemplateBuilder({ slug, id, canDesign, version }: Props) {
  const t = useTranslations("builder");
  const problemOf = useProblem();
  const trpc = useTRPC();
  const template = useQuery(trpc.templates.get.queryOptions({ id }));
  const types = useQuery(trpc.catalogue.list.queryOptions());
  const old = useQuery({ ...trpc.templates.version.queryOptions({ id, number: version ?? 1 }), enabled: version !== null });
  const [generation, setGeneration] = useState(0);
  const listHref = `/t/${slug}/settings/templates`;
  const href = `${listHref}/${id}`;

  async function reload() {
    await template.refetch();
    setGeneration((g) => g + 1);
  }

  const error = template.error ?? (version !== null ? old.error : null);
  const loading = template.isPending || (version !== null && old.isPending) || (canDesign && types.isPending);
  const data = template.data;
  return (
    <div className="space-y-4">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href={listHref} className="text-gray-600 hover:underline">
          {t("templates")}
        </Link>
        <span aria-hidden className="px-2 text-gray-400">/</span>
        <span aria-current="page" className="text-gray-900">
          {data?.name ?? "…"}
        </span>
      </nav>
      {error ? (
        <div className="max-w-xl space-y-3">
          <Notice tone="error">{error.data?.code === "NOT_FOUND" ? (template.error ? t("notFound") : t("versionNotFound")) : problemOf(error)}</Notice>
          <Link href={template.error ? listHref : href} className="text-sm font-medium text-brand hover:underline">
            {template.error ? t("backToTemplates") : t("readOnly.backToDraft")}
          </Link>
        </div>
      ) : loading || !data ? (
        <p role="status" className="text-sm text-gray-500">
          {t("loading")}
        </p>
      ) : (
        <>
          {version !== null && old.data && <ReadOnlyView template={data} href={href} document={old.data.document} version={version} canDesign={canDesign} />}
          {canDesign ? (
            // Kept mounted while a published version is looked at, so going back finds the edits as they were.
            <div hidden={version !== null}>
              <BuilderWorkspace key={generation} template={data} serviceTypes={types.data ?? []} href={href} active={version === null} onReload={() => void reload()} />
            </div>
          ) : (
            version === null && <ReadOnlyView template={data} href={href} document={data.document} version={null} canDesign={false} />
          )}
        </>
      )}
    </div>
  );
}
