"use client";
/**
 * Edits a service type's attribute schema: the typed fields every line of that type carries.
 * Rows can be added, removed and reordered with buttons (keyboard-friendly, no drag needed).
 */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Checkbox, SelectField, TextField } from "@/components/ui/field";
import { useValidationMessage } from "@/components/use-validation-message";
import { ATTRIBUTE_TYPES } from "@/server/crm/attributes";
import { keyFromLabel, newRowId, type AttributeRow } from "./attribute-rows";

type Props = { rows: AttributeRow[]; onChange: (rows: AttributeRow[]) => void; errors: Record<string, string[] | undefined> };

export function AttributeSchemaEditor({ rows, onChange, errors }: Props) {
  const t = useTranslations("deals.catalogue");
  const v = useValidationMessage();
  const update = (i: number, patch: Partial<AttributeRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...rows];
    const [row] = next.splice(i, 1);
    if (row) next.splice(i + by, 0, row);
    onChange(next);
  };
  const add = () => onChange([...rows, { rowId: newRowId(), key: "", label: "", type: "text", options: "", required: false, keyEdited: false }]);
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold">{t("attributesTitle")}</legend>
      <p className="text-xs text-gray-600">{t("attributesIntro")}</p>
      {errors.attributeSchema && <p role="alert" className="text-sm text-red-700">{v(errors.attributeSchema)}</p>}
      {rows.length === 0 && <p className="text-sm text-gray-500">{t("noAttributes")}</p>}
      <ol className="space-y-3">
        {rows.map((row, i) => {
          const err = (field: string) => v(errors[`attributeSchema.${i}.${field}`]);
          const name = row.label.trim() || t("attributeN", { n: i + 1 });
          return (
            <li key={row.rowId} className="rounded-md border border-gray-200 bg-gray-50 p-3" aria-label={name}>
              <div className="grid gap-3 sm:grid-cols-[1fr_1fr_9rem]">
                <TextField
                  label={t("attrLabel")}
                  value={row.label}
                  onChange={(e) => update(i, { label: e.target.value, ...(row.keyEdited ? {} : { key: keyFromLabel(e.target.value) }) })}
                  error={err("label")}
                />
                <TextField label={t("attrKey")} value={row.key} onChange={(e) => update(i, { key: e.target.value, keyEdited: true })} error={err("key")} hint={t("attrKeyHint")} spellCheck={false} autoCapitalize="off" />
                <SelectField label={t("attrType")} value={row.type} onChange={(e) => update(i, { type: e.target.value as AttributeRow["type"] })} error={err("type")}>
                  {ATTRIBUTE_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`types.${type}`)}
                    </option>
                  ))}
                </SelectField>
              </div>
              {row.type === "select" && (
                <div className="mt-3">
                  <TextField label={t("attrOptions")} value={row.options} onChange={(e) => update(i, { options: e.target.value })} error={err("options")} hint={t("attrOptionsHint")} placeholder={t("attrOptionsPlaceholder")} />
                </div>
              )}
              <div className="mt-3 flex flex-wrap items-center gap-2">
                <Checkbox label={t("attrRequired")} checked={row.required} onChange={(e) => update(i, { required: e.target.checked })} />
                <span className="ml-auto flex gap-1">
                  <Button type="button" variant="ghost" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t("moveUp", { name })}>
                    ↑
                  </Button>
                  <Button type="button" variant="ghost" disabled={i === rows.length - 1} onClick={() => move(i, 1)} aria-label={t("moveDown", { name })}>
                    ↓
                  </Button>
                  <Button type="button" variant="ghost" onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={t("removeAttr", { name })}>
                    {t("remove")}
                  </Button>
                </span>
              </div>
            </li>
          );
        })}
      </ol>
      <Button type="button" variant="secondary" onClick={add}>
        {t("addAttribute")}
      </Button>
    </fieldset>
  );
}
