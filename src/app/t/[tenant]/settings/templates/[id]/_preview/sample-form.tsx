"use client";
/**
 * The sample service line the timeline is computed for: one labelled control per attribute
 * of the service type (labelled with the attribute's own label, so "Numbers to port" reads the
 * same here as on a deal) and the project's start date.
 */
import { useTranslations } from "next-intl";
import { Checkbox, SelectField, TextField } from "@/components/ui/field";
import { DateField } from "@/components/ui/date-field";
import type { AttributeDefinition, AttributeSchema } from "@/server/crm/attributes";
import type { SampleInputs } from "./sample-values";

type Props = {
  attributes: AttributeSchema;
  inputs: SampleInputs;
  start: string;
  onInput: (key: string, value: string | boolean) => void;
  onStart: (start: string) => void;
};

function AttributeInput({ def, value, onInput }: { def: AttributeDefinition; value: string | boolean | undefined; onInput: Props["onInput"] }) {
  if (def.type === "boolean") return <Checkbox label={def.label} checked={value === true} onChange={(e) => onInput(def.key, e.target.checked)} />;
  const text = typeof value === "string" ? value : "";
  if (def.type === "select") {
    return (
      <SelectField label={def.label} value={text} onChange={(e) => onInput(def.key, e.target.value)}>
        {(def.options ?? []).map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </SelectField>
    );
  }
  const type = def.type === "number" ? "number" : def.type === "date" ? "date" : "text";
  return (
    <TextField label={def.label} type={type} step={def.type === "number" ? "any" : undefined} value={text} onChange={(e) => onInput(def.key, e.target.value)} />
  );
}

export function SampleForm({ attributes, inputs, start, onInput, onStart }: Props) {
  const t = useTranslations("preview.timeline");
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-gray-900">{t("values")}</legend>
      <p className="text-xs text-gray-600">{t("valuesHint")}</p>
      <div className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <DateField label={t("start")} required value={start} onChange={onStart} />
        {attributes.map((def) => (
          <AttributeInput key={def.key} def={def} value={inputs[def.key]} onInput={onInput} />
        ))}
      </div>
    </fieldset>
  );
}
