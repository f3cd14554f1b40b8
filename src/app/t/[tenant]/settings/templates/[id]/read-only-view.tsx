"use client";
/**
 * A template shown without editing: a published version opened from the history, or the
 * template as a member who does not design templates sees it. Same board, cards and previews;
 * the card editor opens with its fields disabled.
 */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { Notice } from "@/components/ui/notice";
import type { TemplateDocument } from "@/server/templates/document";
import { validateTemplate } from "@/server/templates/validate";
import { BuilderSurface } from "./builder-surface";
import { ExportButton } from "./export-button";
import type { TemplateDetail } from "./types";
import { VersionHistory } from "./version-history";

type Props = { template: TemplateDetail; href: string; document: TemplateDocument; version: number | null; canDesign: boolean };

export function ReadOnlyView({ template, href, document: doc, version, canDesign }: Props) {
  const t = useTranslations("builder");
  const validation = useMemo(() => validateTemplate(doc, template.attributes), [doc, template.attributes]);
  const status = version !== null ? t("header.published", { number: version }) : template.publishedVersion === null ? t("header.neverPublished") : t("header.published", { number: template.publishedVersion });
  return (
    <div className="space-y-4">
      {version !== null && (
        <Notice tone="info">
          <span data-testid="version-banner">{t("readOnly.versionBanner", { number: version })}</span>{" "}
          <Link href={href} className="font-medium underline">
            {canDesign ? t("readOnly.backToDraft") : t("readOnly.backToCurrent")}
          </Link>
        </Notice>
      )}
      <header className="space-y-3 rounded-lg border border-gray-200 bg-white p-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 className="break-words text-xl font-semibold">{template.name}</h2>
            <p className="text-sm text-gray-600">
              {template.serviceType?.name ?? t("header.noServiceType")} · <span data-testid="template-status">{status}</span>
            </p>
          </div>
          <ExportButton templateId={template.id} name={template.name} number={version ?? undefined} />
        </div>
        {!canDesign && <p className="text-sm text-gray-600">{t("readOnly.notDesigner")}</p>}
        <VersionHistory href={href} versions={template.versions} viewing={version} />
      </header>
      <BuilderSurface document={doc} dispatch={null} attributes={template.attributes} calendar={template.calendar} validation={validation} problems={validation} />
    </div>
  );
}
