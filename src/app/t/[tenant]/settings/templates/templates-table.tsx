"use client";
/** The template library as a table: one row per template, its actions at the end of the row. */
import { useTranslations } from "next-intl";
import { ScrollArea } from "@/components/ui/scroll-area";
import { TemplateRow } from "./template-row";
import type { Outcome, TemplateSummary } from "./types";

type Props = { slug: string; templates: TemplateSummary[]; canDesign: boolean; onOutcome: (o: Outcome) => void };

export function TemplatesTable({ slug, templates, canDesign, onOutcome }: Props) {
  const t = useTranslations("templates.table");
  return (
    <ScrollArea className="rounded-lg border border-gray-200 bg-white [contain:inline-size]">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t("caption", { count: templates.length })}</caption>
        <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-600">
          <tr>
            <th scope="col" className="px-3 py-2">{t("name")}</th>
            <th scope="col" className="px-3 py-2">{t("serviceType")}</th>
            <th scope="col" className="px-3 py-2">{t("version")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("phases")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("actions")}</th>
            <th scope="col" className="px-3 py-2">{t("lastEdited")}</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">{t("rowActions")}</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {templates.map((tpl) => (
            <TemplateRow key={tpl.id} slug={slug} template={tpl} canDesign={canDesign} onOutcome={onOutcome} />
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
