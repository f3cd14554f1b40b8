"use client";
/**
 * The part of the line form generated from the service type's attribute schema: one input per
 * attribute, of the kind its type calls for, required ones marked, errors from the server
 * shown under each ("attributes.extensions").
 */
import { useTranslations } from "next-intl";
import { Checkbox, SelectField, TextField } from "@/components/ui/field";
import { DateField } from "@/components/ui/date-field";
import { useValidationMessage } from "@/components/use-validation-message";
import type { AttributeDefinition, AttributeSchema } from "@/server/crm/attributes";
import type { AttributeDraft } from "./line-attributes";

type Props = { schema: AttributeSchema; draft: AttributeDraft; onChange: (d: AttributeDraft) => void; errors: Record<string, string[] | undefined> };

export function AttributeFields({ schema, draft, onChange, errors }: Props) {
  const t = useTranslations("deals");
  if (schema.length === 0) return null;
  return (
    <fieldset className="space-y-4 rounded-md border border-gray-200 p-4">
      <legend className="px-1 text-sm font-semibold">{t("lines.attributes")}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        {schema.map((def) => (
          <AttributeField key={def.key} def={def} value={draft[def.key]} error={errors[`attributes.${def.key}`]} onChange={(value) => onChange({ ...draft, [def.key]: value })} />
        ))}
      </div>
    </fieldset>
  );
}

function AttributeField({ def, value, error, onChange }: { def: AttributeDefinition; value: string | boolean | undefined; error?: string[]; onChange: (v: string | boolean) => void }) {
  const t = useTranslations("deals");
  const v = useValidationMessage();
  const label = def.required ? `${def.label} *` : def.label;
  const text = typeof value === "string" ? value : "";
  const message = v(error);
  switch (def.type) {
    case "boolean":
      return (
        <div className="space-y-1 self-end">
          <Checkbox label={def.label} checked={value === true} onChange={(e) => onChange(e.target.checked)} aria-invalid={Boolean(message)} />
          {message && <p role="alert" className="text-sm text-red-700">{message}</p>}
        </div>
      );
    case "select":
      return (
        <SelectField label={label} value={text} onChange={(e) => onChange(e.target.value)} error={message} required={def.required}>
          <option value="">{def.required ? t("lines.choose") : t("lines.none")}</option>
          {(def.options ?? []).map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </SelectField>
      );
    case "number":
      return <TextField label={label} type="number" inputMode="numeric" value={text} onChange={(e) => onChange(e.target.value)} error={message} required={def.required} />;
    case "date":
      return <DateField label={label} value={text} onChange={onChange} error={message} required={def.required} />;
    case "text":
      return <TextField label={label} value={text} onChange={(e) => onChange(e.target.value)} error={message} required={def.required} maxLength={500} />;
  }
}
