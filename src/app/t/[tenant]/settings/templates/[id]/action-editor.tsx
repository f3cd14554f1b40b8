"use client";
/**
 * The side panel that edits one action. Every change goes to the document at once, so the
 * card, the problems and the previews follow as the person types; there is nothing to apply.
 * Escape or the close button hands focus back to the card. Read-only, it shows the same
 * fields disabled.
 */
import { useTranslations } from "next-intl";
import { useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import type { AttributeSchema } from "@/server/crm/attributes";
import { capturedDates } from "@/server/templates/dates";
import { ACTION_ROLES, STAFF_ACTION_ROLES, type ActionRole, type ActionTemplate, type TemplateDocument } from "@/server/templates/document";
import type { ActionPatch } from "./builder-reducer";
import { CapturedDateField } from "./captured-date-field";
import { ConditionField } from "./condition-field";
import { ConfirmDialog } from "./confirm-dialog";
import { DescriptionField } from "./description-field";
import { locateAction } from "./document-queries";
import { DueField } from "./due-field";
import { EmailsField } from "./emails-field";
import type { BuilderProblem, EditorField } from "./problems";
import { TriggerField } from "./trigger-field";
import { useRoleLabel } from "./use-labels";
import { useProblemMessage } from "./use-problem-message";

type Props = {
  action: ActionTemplate;
  document: TemplateDocument;
  attributes: AttributeSchema;
  problems: readonly BuilderProblem[];
  readOnly: boolean;
  onChange: (patch: ActionPatch) => void;
  onDelete: () => void;
  onClose: () => void;
};

export function ActionEditor({ action, document, attributes, problems, readOnly, onChange, onDelete, onClose }: Props) {
  const t = useTranslations("builder.editor");
  const role = useRoleLabel();
  const message = useProblemMessage();
  const [confirming, setConfirming] = useState(false);
  const of = (field: EditorField) => problems.filter((p) => p.field === field);
  const first = (field: EditorField) => message(of(field)[0]?.message);
  const phase = locateAction(document, action.id)?.phase.name ?? "";
  const headingId = `editor-${action.id}-heading`;

  function onKeyDown(e: KeyboardEvent) {
    // Escape in the delete confirmation closes that dialog only.
    if (e.key === "Escape" && !e.defaultPrevented && !(e.target instanceof Element && e.target.closest("dialog"))) {
      e.preventDefault();
      onClose();
    }
  }

  return (
    <section aria-labelledby={headingId} onKeyDown={onKeyDown} className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm" data-testid="action-editor">
      <header className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={headingId} className="text-base font-semibold">
            {readOnly ? t("viewTitle") : t("title")}
          </h2>
          <p className="break-words text-xs text-gray-600">{t("inPhase", { phase })}</p>
        </div>
        <Button variant="ghost" className="px-2 py-1" onClick={onClose} aria-label={t("close")}>
          <span aria-hidden>×</span>
        </Button>
      </header>
      {/* A disabled fieldset disables every control inside: the read-only view needs no second form. */}
      <fieldset disabled={readOnly} className="min-w-0 space-y-4">
        <TextField label={t("titleField")} value={action.title} onChange={(e) => onChange({ title: e.target.value })} error={first("title")} maxLength={120} autoFocus={!readOnly} />
        <DescriptionField value={action.description} readOnly={readOnly} error={first("description")} onChange={(description) => onChange({ description })} />
        <SelectField label={t("role")} value={action.role} onChange={(e) => onChange({ role: e.target.value as ActionRole })} error={first("role")} hint={t(`roleHint.${roleKind(action.role)}`)}>
          <optgroup label={t("roleGroups.staff")}>
            {STAFF_ACTION_ROLES.map((r) => (
              <option key={r} value={r}>
                {role(r)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("roleGroups.outside")}>
            {ACTION_ROLES.filter((r) => !isStaff(r)).map((r) => (
              <option key={r} value={r}>
                {role(r)}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <TriggerField action={action} document={document} problems={of("trigger")} onChange={(trigger) => onChange({ trigger })} />
        <ConditionField value={action.condition} attributes={attributes} onChange={(condition) => onChange({ condition })} />
        <DueField actionId={action.id} due={action.due} dateKeys={[...capturedDates(document).keys()]} problems={of("due")} onChange={(due) => onChange({ due })} />
        <CapturedDateField value={action.capturesDate} problems={of("capturesDate")} onChange={(capturesDate) => onChange({ capturesDate })} />
        <EmailsField emails={action.emails} problems={of("emails")} onChange={(emails) => onChange({ emails })} />
      </fieldset>
      {!readOnly && (
        <div className="flex justify-between gap-2 border-t border-gray-100 pt-3">
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t("delete")}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t("done")}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("confirmDeleteTitle", { title: action.title })}
        description={t("confirmDeleteBody")}
        confirmLabel={t("delete")}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onDelete();
        }}
      />
    </section>
  );
}

const isStaff = (r: ActionRole) => (STAFF_ACTION_ROLES as readonly string[]).includes(r);
const roleKind = (r: ActionRole) => (r === "CUSTOMER" ? "customer" : r === "CARRIER" ? "carrier" : "staff");
