"use client";
/**
 * Step 3: what the check found — what importing will create, the rows that repeat a record
 * (to merge or skip), and the rejected rows. Rows are named by their number in the file (the
 * header is row 1), the same number the preview shows and the rejected-rows file keeps.
 */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { saveFile } from "@/components/save-file";
import { CSV, rejectedCsv, type CsvFile } from "@/server/crm/import/csv";
import { IMPORT_FIELDS, type ImportField } from "@/server/routers/crm/import.schema";
import type { ImportSummary } from "../_components/types";
import { DuplicatesList } from "./duplicates-list";
import { ScrollTable } from "./scroll-table";
import { useReason } from "./use-reason";

type ImportError = ImportSummary["errors"][number];
export type ErrorsByLine = Map<number, ImportError[]>;

export function indexErrors(errors: readonly ImportError[]): ErrorsByLine {
  const out: ErrorsByLine = new Map();
  for (const e of errors) out.set(e.line, [...(out.get(e.line) ?? []), e]);
  return out;
}

/** The first errors listed on the page; the download holds them all. */
const LISTED = 200;

function useFieldLabel() {
  const t = useTranslations("accounts.import");
  const isField = (f: string): f is ImportField => (IMPORT_FIELDS as readonly string[]).includes(f);
  return (f: string) => (isField(f) ? t(`fields.${f}`) : f);
}

/** Saves the rejected rows, as they were in the file, with what is wrong in an extra column. */
export function useDownloadRejected(file: CsvFile, errors: readonly ImportError[]) {
  const t = useTranslations("accounts.import");
  const reason = useReason();
  const fieldLabel = useFieldLabel();
  return () => {
    const byRow = new Map(file.rows.map((r) => [r.row, r]));
    const rejected = [...indexErrors(errors)].flatMap(([line, errs]) => {
      const original = byRow.get(line);
      return original ? [{ row: original, error: errs.map((e) => `${fieldLabel(e.field)}: ${reason(e.message)}`).join(" ; ") }] : [];
    });
    const type = file.encoding === "windows-1252" ? `${CSV};charset=windows-1252` : `${CSV};charset=utf-8`;
    saveFile(t("rejectedFileName", { name: file.name.replace(/\.[^.]+$/, "") }), rejectedCsv(file, rejected, t("errorColumn")), type);
  };
}

type Props = { file: CsvFile; summary: ImportSummary; skip: ReadonlySet<number>; onSkip: (s: Set<number>) => void; onCommit: () => void; committing: boolean };

export function CheckResults({ file, summary, skip, onSkip, onCommit, committing }: Props) {
  const t = useTranslations("accounts.import");
  const reason = useReason();
  const fieldLabel = useFieldLabel();
  const downloadRejected = useDownloadRejected(file, summary.errors);
  const importing = summary.valid - summary.duplicates.filter((d) => skip.has(d.line)).length;

  return (
    <section aria-labelledby="check-heading" className="space-y-5 rounded-lg border border-gray-200 bg-white p-5">
      <h2 id="check-heading" className="text-base font-semibold">
        {t("checkTitle")}
      </h2>
      <Notice tone={summary.rejected === 0 ? "success" : summary.valid === 0 ? "error" : "warning"}>
        <p>{t("summary", { valid: summary.valid, rejected: summary.rejected })}</p>
        <p>{t("willDo", { accounts: summary.accountsCreated, contacts: summary.contactsCreated })}</p>
      </Notice>
      {summary.duplicates.length > 0 && <DuplicatesList duplicates={summary.duplicates} skip={skip} onChange={onSkip} />}
      {summary.errors.length > 0 && (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">{t("errorsTitle")}</h3>
          <p className="text-xs text-gray-500">{t("rowNumbering")}</p>
          <ScrollTable caption={t("errorsTitle")} columns={[t("row"), t("field"), t("problem")]}>
            {summary.errors.slice(0, LISTED).map((e, i) => (
              <tr key={i}>
                <td className="whitespace-nowrap px-3 py-2 align-top tabular-nums">{t("rowN", { n: e.line })}</td>
                <td className="px-3 py-2 align-top font-medium">{fieldLabel(e.field)}</td>
                <td className="px-3 py-2 align-top text-red-800">{reason(e.message)}</td>
              </tr>
            ))}
          </ScrollTable>
          {summary.errors.length > LISTED && <p className="text-xs text-gray-500">{t("moreErrors", { count: summary.errors.length - LISTED })}</p>}
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <Button onClick={onCommit} disabled={importing === 0} pending={committing}>
          {t("commit", { count: importing })}
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
