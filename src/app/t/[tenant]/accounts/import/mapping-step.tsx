"use client";
/** Step 2: which column of the file feeds each field, by group; the first row's value shows as an example. */
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";
import type { CsvFile } from "@/server/crm/import/csv";
import type { Mapping } from "@/server/crm/import/headers";
import { IMPORT_FIELD_GROUPS } from "@/server/routers/crm/import.schema";

export function MappingStep({ file, mapping, onChange }: { file: CsvFile; mapping: Mapping; onChange: (m: Mapping) => void }) {
  const t = useTranslations("accounts.import");
  const first = file.rows[0]?.cells ?? [];
  const column = (i: number) => file.headers[i] || t("unnamedColumn", { n: i + 1 });
  return (
    <section aria-labelledby="mapping-heading" className="space-y-4 rounded-lg border border-gray-200 bg-white p-5">
      <div>
        <h2 id="mapping-heading" className="text-base font-semibold">
          {t("mappingTitle")}
        </h2>
        <p className="text-sm text-gray-600">{t("mappingIntro")}</p>
      </div>
      {(Object.keys(IMPORT_FIELD_GROUPS) as Array<keyof typeof IMPORT_FIELD_GROUPS>).map((group) => (
        <fieldset key={group} className="space-y-3">
          <legend className="text-sm font-semibold text-gray-900">{t(`groups.${group}`)}</legend>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {IMPORT_FIELD_GROUPS[group].map((f) => {
              const col = mapping[f];
              const example = col === null ? "" : (first[col] ?? "").replace(/\s+/g, " ").trim();
              return (
                <SelectField
                  key={f}
                  label={f === "name" ? t("requiredField", { field: t(`fields.${f}`) }) : t(`fields.${f}`)}
                  value={col === null ? "" : String(col)}
                  onChange={(e) => onChange({ ...mapping, [f]: e.target.value === "" ? null : Number(e.target.value) })}
                  error={f === "name" && col === null ? t("nameRequired") : undefined}
                  hint={example ? t("example", { value: example.length > 40 ? `${example.slice(0, 39)}…` : example }) : t(`fieldHints.${f}`)}
                >
                  <option value="">{t("notImported")}</option>
                  {file.headers.map((_, i) => (
                    <option key={i} value={i}>
                      {column(i)}
                    </option>
                  ))}
                </SelectField>
              );
            })}
          </div>
        </fieldset>
      ))}
    </section>
  );
}
