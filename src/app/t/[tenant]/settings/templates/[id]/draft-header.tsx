"use client";
/**
 * The builder's header: the template's name and service type, where its versions stand, and
 * save, publish and discard. Publishing is refused while the board shows problems, and says so.
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ConfirmDialog } from "./confirm-dialog";
import { DraftNotices } from "./draft-notices";
import { ExportButton } from "./export-button";
import type { TemplateDetail, ServiceTypeOption } from "./types";
import type { useDraft } from "./use-draft";
import { VersionHistory } from "./version-history";

type Props = {
  template: TemplateDetail;
  serviceTypes: ServiceTypeOption[];
  href: string;
  name: string;
  serviceTypeId: string | null;
  onName: (name: string) => void;
  onServiceType: (id: string | null) => void;
  nameError: string | undefined;
  problemCount: number;
  /** Fields the server would refuse (an empty title…): saving waits for them too. */
  formInvalid: boolean;
  draft: ReturnType<typeof useDraft>;
  onReload: () => void;
};

export function DraftHeader({ template, serviceTypes, href, name, serviceTypeId, onName, onServiceType, nameError, problemCount, formInvalid, draft, onReload }: Props) {
  const t = useTranslations("builder.header");
  const [discarding, setDiscarding] = useState(false);
  const published = Math.max(template.publishedVersion ?? 0, draft.outcome?.kind === "published" ? draft.outcome.number : 0) || null;
  const inProgress = draft.base !== null || draft.dirty;
  const canSave = draft.dirty && !nameError && !formInvalid;
  const canPublish = inProgress && problemCount === 0 && !nameError;
  // Archived types stay listed only for the template that already uses one.
  const types = serviceTypes.filter((s) => !s.archived || s.id === serviceTypeId);
  const status = published === null ? t("neverPublished") : inProgress ? t("publishedWithDraft", { number: published }) : t("published", { number: published });

  return (
    <header className="space-y-3 rounded-lg border border-gray-200 bg-white p-4">
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-64 flex-1">
          <TextField label={t("name")} value={name} onChange={(e) => onName(e.target.value)} error={nameError} maxLength={120} required />
        </div>
        <div className="w-72">
          <SelectField label={t("serviceType")} value={serviceTypeId ?? ""} onChange={(e) => onServiceType(e.target.value || null)} hint={t("serviceTypeHint")}>
            <option value="">{t("noServiceType")}</option>
            {types.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <p data-testid="template-status" className="font-medium text-gray-800">
            {status}
          </p>
          {draft.dirty && (
            <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800" role="status">
              {t("unsaved")}
            </span>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <ExportButton templateId={template.id} name={name} />
          {(inProgress && published !== null) || draft.dirty ? (
            <Button variant="ghost" onClick={() => setDiscarding(true)} disabled={draft.busy !== null}>
              {draft.base !== null && published !== null ? t("discardDraft") : t("discardChanges")}
            </Button>
          ) : null}
          <Button variant="secondary" onClick={draft.save} disabled={!canSave || draft.busy !== null} pending={draft.busy === "save"} title={t("saveShortcut")}>
            {t("save")}
          </Button>
          <Button onClick={draft.publish} disabled={!canPublish || draft.busy !== null} pending={draft.busy === "publish"} aria-describedby={canPublish ? undefined : "publish-blocked"}>
            {t("publish")}
          </Button>
        </div>
      </div>
      {draft.dirty && formInvalid && <p className="text-right text-xs text-gray-600">{t("saveBlocked")}</p>}
      {!canPublish && (
        <p id="publish-blocked" className="text-right text-xs text-gray-600">
          {problemCount > 0 ? t("publishBlocked", { count: problemCount }) : nameError ? t("publishNeedsName") : t("nothingToPublish")}
        </p>
      )}
      <VersionHistory href={href} versions={template.versions} viewing={null} />
      <DraftNotices draft={draft} onReload={onReload} />
      <ConfirmDialog
        open={discarding}
        title={draft.base !== null && published !== null ? t("discardDraftTitle") : t("discardChangesTitle")}
        description={published !== null ? t("discardBody", { number: published }) : t("discardChangesBody")}
        confirmLabel={t("discardConfirm")}
        pending={draft.busy === "discard"}
        onCancel={() => setDiscarding(false)}
        onConfirm={() => {
          setDiscarding(false);
          void draft.discard(published !== null);
        }}
      />
    </header>
  );
}
