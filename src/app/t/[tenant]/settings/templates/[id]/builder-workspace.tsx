"use client";
/**
 * The draft being designed: its name, service type and document live here, validated on
 * every change (the validator is linear, so this stays instant), and are saved, published or
 * discarded through `useDraft`. Changing the service type changes which attributes the
 * conditions may use, so they are checked again at once.
 */
import { useTranslations } from "next-intl";
import { useMemo, useReducer, useState } from "react";
import { useValidationMessage } from "@/components/use-validation-message";
import { templateName } from "@/server/routers/templates/templates.schema";
import { templateDocumentSchema } from "@/server/templates/document";
import { validateTemplate } from "@/server/templates/validate";
import { builderReducer } from "./builder-reducer";
import { BuilderSurface } from "./builder-surface";
import { DraftHeader } from "./draft-header";
import { schemaProblems } from "./problems";
import type { ServiceTypeOption, TemplateDetail } from "./types";
import { useDraft, type Draft } from "./use-draft";
import { useEditorKeys } from "./use-editor-keys";

/** `active`: shown, not hidden behind a published version being looked at. */
type Props = { template: TemplateDetail; serviceTypes: ServiceTypeOption[]; href: string; active: boolean; onReload: () => void };

export function BuilderWorkspace({ template, serviceTypes, href, active, onReload }: Props) {
  const t = useTranslations("builder.header");
  const v = useValidationMessage();
  const [initial] = useState<Draft>(() => ({ name: template.name, serviceTypeId: template.serviceType?.id ?? null, document: template.document }));
  const [doc, dispatch] = useReducer(builderReducer, initial.document);
  const [name, setName] = useState(initial.name);
  const [serviceTypeId, setServiceTypeId] = useState(initial.serviceTypeId);
  const draft = useDraft(template.id, initial, template.draft?.updatedAt ?? null, { name, serviceTypeId, document: doc }, onReload);

  const attributes = useMemo(() => {
    if (serviceTypeId === null) return [];
    const fromCatalogue = serviceTypes.find((s) => s.id === serviceTypeId)?.attributeSchema;
    return fromCatalogue ?? (serviceTypeId === template.serviceType?.id ? template.attributes : []);
  }, [serviceTypeId, serviceTypes, template]);
  const validation = useMemo(() => validateTemplate(doc, attributes), [doc, attributes]);
  const form = useMemo(() => {
    const parsed = templateDocumentSchema.safeParse(doc);
    return parsed.success ? [] : schemaProblems(doc, parsed.error.issues);
  }, [doc]);
  const failure = draft.failure;
  const problems = useMemo(
    () => [...form, ...validation, ...(failure?.kind === "problems" && failure.document === doc ? failure.problems : [])],
    [form, validation, failure, doc],
  );
  const nameError = v(templateName.safeParse(name).error?.issues[0]?.message ?? (failure?.kind === "name" ? failure.message : undefined));
  const canSave = draft.dirty && !nameError && form.length === 0;
  useEditorKeys({ dirty: draft.dirty, onSave: canSave && active ? draft.save : null, leaveMessage: t("leaveConfirm") });

  return (
    <div className="space-y-4">
      <DraftHeader
        template={template}
        serviceTypes={serviceTypes}
        href={href}
        name={name}
        serviceTypeId={serviceTypeId}
        onName={setName}
        onServiceType={setServiceTypeId}
        nameError={nameError}
        problemCount={form.length + validation.length}
        formInvalid={form.length > 0}
        draft={draft}
        onReload={onReload}
      />
      <BuilderSurface document={doc} dispatch={dispatch} attributes={attributes} calendar={template.calendar} validation={validation} problems={problems} />
    </div>
  );
}
