"use client";
/** The first 20 rows as they will be imported; after a check, the rejected cells are marked. */
import { useTranslations } from "next-intl";
import { ScrollArea } from "@/components/ui/scroll-area";
import { useValidationMessage } from "@/components/use-validation-message";
import { IMPORT_FIELDS, type ImportRow } from "@/server/routers/crm/import.schema";
import type { ErrorsByRow } from "./check-results";
import type { CsvFile } from "./csv";
import type { Mapping } from "./mapping";

export const PREVIEW_ROWS = 20;

type Props = { file: CsvFile; rows: ImportRow[]; mapping: Mapping; errors: ErrorsByRow | null };

export function PreviewTable({ file, rows, mapping, errors }: Props) {
  const t = useTranslations("accounts.import");
  const v = useValidationMessage();
  const fields = IMPORT_FIELDS.filter((f) => mapping[f] !== null);
  const shown = rows.slice(0, PREVIEW_ROWS);
  return (
    <section aria-labelledby="preview-heading" className="space-y-2">
      <h2 id="preview-heading" className="text-base font-semibold">
        {t("previewTitle", { shown: shown.length, total: rows.length })}
      </h2>
      <ScrollArea className="rounded-lg border border-gray-200 bg-white [contain:inline-size]">
        <table className="min-w-full divide-y divide-gray-200 text-sm">
          <caption className="sr-only">{t("previewCaption")}</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left text-xs font-semibold text-gray-600">
                {t("row")}
              </th>
              {fields.map((f) => (
                <th key={f} scope="col" className="whitespace-nowrap px-3 py-2 text-left text-xs font-semibold text-gray-600">
                  {t(`fields.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {shown.map((r, i) => {
              // The server numbers the rows it received from 1.
              const rowErrors = errors?.get(i + 1) ?? [];
              const ok = errors && rowErrors.length === 0;
              return (
                <tr key={i}>
                  <th scope="row" className={`px-3 py-2 text-left font-normal tabular-nums ${rowErrors.length ? "bg-red-50 text-red-800" : ok ? "text-green-800" : "text-gray-500"}`}>
                    {file.rows[i]?.row}
                    {rowErrors.length > 0 && <span className="sr-only"> {t("rowRejected")}</span>}
                  </th>
                  {fields.map((f) => {
                    const cellErrors = rowErrors.filter((e) => e.field === f);
                    const message = cellErrors.map((e) => v(e.message)).join(" ");
                    return (
                      <td key={f} title={[r[f], message].filter(Boolean).join(" — ") || undefined} className={`max-w-56 truncate whitespace-nowrap px-3 py-2 ${cellErrors.length ? "bg-red-50 font-medium text-red-900 ring-1 ring-inset ring-red-300" : ""}`}>
                        {r[f] || <span className="text-gray-300">—</span>}
                        {message && <span className="sr-only"> ({message})</span>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
    </section>
  );
}
