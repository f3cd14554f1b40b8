"use client";
/**
 * Step 3: what the check found. Rows are named by their number in the file (the header is
 * row 1), the same number the preview shows and the rejected-rows file keeps.
 */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import { IMPORT_FIELDS, type ImportField } from "@/server/routers/crm/import.schema";
import type { ImportSummary } from "../_components/types";
import { saveFile } from "@/components/save-file";
import { CSV, rejectedCsv, type CsvFile } from "./csv";

type ImportError = ImportSummary["errors"][number];
export type ErrorsByRow = Map<number, ImportError[]>;

/** Errors by the row number the server gave them (1 = the first row sent). */
export function indexErrors(errors: readonly ImportError[]): ErrorsByRow {
  const out: ErrorsByRow = new Map();
  for (const e of errors) out.set(e.row, [...(out.get(e.row) ?? []), e]);
  return out;
}

/** The first errors listed on the page; the download holds them all. */
const LISTED = 200;

type Props = { file: CsvFile; summary: ImportSummary; onCommit: () => void; committing: boolean };

function useFieldLabel() {
  const t = useTranslations("accounts.import");
  const isField = (f: string): f is ImportField => (IMPORT_FIELDS as readonly string[]).includes(f);
  return (f: string) => (isField(f) ? t(`fields.${f}`) : f);
}

/** Saves the rejected rows, as they were in the file, with what is wrong in an extra column. */
export function useDownloadRejected(file: CsvFile, errors: readonly ImportError[]) {
  const t = useTranslations("accounts.import");
  const v = useValidationMessage();
  const fieldLabel = useFieldLabel();
  return () => {
    const rejected = [...indexErrors(errors)].flatMap(([row, errs]) => {
      const original = file.rows[row - 1];
      return original ? [{ row: original, error: errs.map((e) => `${fieldLabel(e.field)}: ${v(e.message) ?? e.message}`).join(" ; ") }] : [];
    });
    saveFile(t("rejectedFileName", { name: file.name.replace(/\.[^.]+$/, "") }), rejectedCsv(file, rejected, t("errorColumn")), CSV);
  };
}

export function CheckResults({ file, summary, onCommit, committing }: Props) {
  const t = useTranslations("accounts.import");
  const v = useValidationMessage();
  const fieldLabel = useFieldLabel();
  const downloadRejected = useDownloadRejected(file, summary.errors);
  const fileRow = (serverRow: number) => file.rows[serverRow - 1]?.row ?? serverRow + 1;

  return (
    <section aria-labelledby="check-heading" className="space-y-4 rounded-lg border border-gray-200 bg-white p-5">
      <h2 id="check-heading" className="text-base font-semibold">
        {t("checkTitle")}
      </h2>
      <Notice tone={summary.rejected === 0 ? "success" : summary.valid === 0 ? "error" : "warning"}>
        <p>{t("summary", { valid: summary.valid, rejected: summary.rejected })}</p>
      </Notice>
      {summary.errors.length > 0 && (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">{t("errorsTitle")}</h3>
          <p className="text-xs text-gray-500">{t("rowNumbering")}</p>
          <div className="max-h-80 overflow-auto rounded-md border border-gray-200">
            <table className="min-w-full divide-y divide-gray-200 text-sm">
              <caption className="sr-only">{t("errorsTitle")}</caption>
              <thead className="sticky top-0 bg-gray-50">
                <tr>
                  <th scope="col" className="px-3 py-2 text-left text-xs font-semibold text-gray-600">{t("row")}</th>
                  <th scope="col" className="px-3 py-2 text-left text-xs font-semibold text-gray-600">{t("field")}</th>
                  <th scope="col" className="px-3 py-2 text-left text-xs font-semibold text-gray-600">{t("problem")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-100">
                {summary.errors.slice(0, LISTED).map((e, i) => (
                  <tr key={i}>
                    <td className="px-3 py-2 tabular-nums">{t("rowN", { n: fileRow(e.row) })}</td>
                    <td className="px-3 py-2 font-medium">{fieldLabel(e.field)}</td>
                    <td className="px-3 py-2 text-red-800">{v(e.message) ?? e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {summary.errors.length > LISTED && <p className="text-xs text-gray-500">{t("moreErrors", { count: summary.errors.length - LISTED })}</p>}
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <Button onClick={onCommit} disabled={summary.valid === 0} pending={committing}>
          {t("commit", { count: summary.valid })}
        </Button>
        {summary.rejected > 0 && (
          <Button variant="secondary" onClick={downloadRejected}>
            {t("downloadRejected")}
          </Button>
        )}
      </div>
    </section>
  );
}
