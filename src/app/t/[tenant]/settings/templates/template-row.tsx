"use client";
/** One template in the library: what it is, which version runs, and what can be done with it. */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/format";
import { Button } from "@/components/ui/button";
import type { Outcome, TemplateSummary } from "./types";
import { useTemplateActions } from "./use-template-actions";

type Props = { slug: string; template: TemplateSummary; canDesign: boolean; onOutcome: (o: Outcome) => void };

const badge = "inline-block px-2 py-0.5 text-xs font-medium";

export function TemplateRow({ slug, template: tpl, canDesign, onOutcome }: Props) {
  const t = useTranslations("templates");
  const dates = useFormat();
  const { duplicate, makeDefault, archive, exportFile } = useTemplateActions(slug, tpl, onOutcome);
  const busy = duplicate.isPending || makeDefault.isPending || archive.isPending;
  // The server refuses the others (no type, unpublished, archived): not offering them beats explaining the refusal.
  const canMakeDefault = tpl.serviceType !== null && !tpl.isDefault && tpl.version !== null && !tpl.archived;
  return (
    <tr className={tpl.archived ? "text-gray-500" : "hover:bg-gray-50"}>
      <th scope="row" className="min-w-56 px-3 py-2 text-left font-medium">
        <Link href={`/t/${slug}/settings/templates/${tpl.id}`} className="hover:underline">
          {tpl.name}
        </Link>
        {tpl.isDefault && tpl.serviceType && <span className={`${badge} mt-1 block w-fit rounded-md bg-blue-50 text-blue-800`}>{t("defaultFor", { serviceType: tpl.serviceType.name })}</span>}
      </th>
      <td className="px-3 py-2">{tpl.serviceType?.name ?? <span className="text-gray-500">{t("generic")}</span>}</td>
      <td className="whitespace-nowrap px-3 py-2">
        {tpl.version === null ? (
          <span className="italic text-gray-500">{t("neverPublished")}</span>
        ) : (
          <>
            {t("versionNumber", { number: tpl.version })}
            {tpl.hasDraft && (
              <span className={`${badge} ml-2 rounded-full bg-amber-50 text-amber-800`} title={t("draftHint")}>
                {t("draft")}
              </span>
            )}
          </>
        )}
      </td>
      <td className="px-3 py-2 text-right tabular-nums">{tpl.phases}</td>
      <td className="px-3 py-2 text-right tabular-nums">{tpl.actions}</td>
      <td className="whitespace-nowrap px-3 py-2 text-gray-700">
        {/* "yesterday", the exact moment on hover; the server's clock and the browser's may differ by a minute. */}
        <time dateTime={tpl.lastEditedAt.toISOString()} title={dates.instant(tpl.lastEditedAt)} suppressHydrationWarning>
          {dates.relative(tpl.lastEditedAt, new Date())}
        </time>
      </td>
      <td className="min-w-64 px-3 py-2">
        {/* The actions wrap rather than push the table wider than the page. */}
        <div className="flex flex-wrap justify-end gap-1 whitespace-nowrap">
          {canDesign && !tpl.archived && (
            <Button variant="ghost" className="px-2 py-1" pending={duplicate.isPending} disabled={busy} onClick={() => duplicate.mutate({ id: tpl.id })} aria-label={t("row.duplicateOf", { name: tpl.name })}>
              {t("row.duplicate")}
            </Button>
          )}
          <Button variant="ghost" className="px-2 py-1" pending={exportFile.isPending} onClick={() => exportFile.mutate()} aria-label={t("row.exportOf", { name: tpl.name })}>
            {t("row.export")}
          </Button>
          {canDesign && canMakeDefault && tpl.serviceType && (
            <Button
              variant="ghost"
              className="px-2 py-1"
              pending={makeDefault.isPending}
              disabled={busy}
              onClick={() => makeDefault.mutate({ id: tpl.id })}
              aria-label={t("row.makeDefaultOf", { name: tpl.name, serviceType: tpl.serviceType.name })}
            >
              {t("row.makeDefault")}
            </Button>
          )}
          {canDesign && (
            <Button
              variant="ghost"
              className="px-2 py-1"
              pending={archive.isPending}
              disabled={busy}
              onClick={() => archive.mutate({ id: tpl.id, archived: !tpl.archived })}
              aria-label={t(tpl.archived ? "row.restoreOf" : "row.archiveOf", { name: tpl.name })}
            >
              {t(tpl.archived ? "row.restore" : "row.archive")}
            </Button>
          )}
        </div>
      </td>
    </tr>
  );
}
