"use client";
/** Step 1: choose or drop a CSV file; it is read here, in the browser, and sent nowhere yet. */
import { useTranslations } from "next-intl";
import { useState, type DragEvent } from "react";
import { useFormat } from "@/components/format";
import { Notice } from "@/components/ui/notice";
import { IMPORT_FIELDS } from "@/server/routers/crm/import.schema";
import { saveFile } from "@/components/save-file";
import { CSV, decodeCsv, isProblem, MAX_ROWS, parseCsv, type CsvFile, type CsvProblem } from "@/server/crm/import/csv";

async function readCsv(file: File): Promise<CsvFile | CsvProblem> {
  const { text, encoding } = decodeCsv(await file.arrayBuffer());
  return parseCsv(file.name, text, encoding);
}

export function FileStep({ onFile }: { onFile: (file: CsvFile) => void }) {
  const t = useTranslations("accounts.import");
  const format = useFormat();
  const max = format.number(MAX_ROWS);
  const [over, setOver] = useState(false);
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<CsvProblem | "unreadable" | null>(null);

  async function take(file: File | undefined) {
    if (!file) return;
    setReading(true);
    setProblem(null);
    const read = await readCsv(file).catch(() => "unreadable" as const);
    setReading(false);
    if (read === "unreadable" || isProblem(read)) setProblem(read);
    else onFile(read);
  }
  function onDrop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  }
  // A sample in the person's language, so the columns are recognised when it comes back.
  const sample = () => saveFile(t("sampleFileName"), `\uFEFF${IMPORT_FIELDS.map((f) => t(`fields.${f}`)).join(";")}\r\n`, `${CSV};charset=utf-8`);

  return (
    <div className="space-y-4">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={`rounded-lg border-2 border-dashed p-10 text-center transition ${over ? "border-brand bg-blue-50" : "border-gray-300 bg-white"}`}
      >
        <p className="text-base font-medium">{t("dropHere")}</p>
        <p className="my-3 text-sm text-gray-500">{t("or")}</p>
        <label className="inline-flex cursor-pointer items-center rounded-md bg-brand px-4 py-2 text-sm font-medium text-white focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand hover:opacity-90">
          {reading ? t("reading") : t("chooseFile")}
          <input type="file" accept=".csv,text/csv,text/plain" className="sr-only" disabled={reading} onChange={(e) => void take(e.target.files?.[0])} />
        </label>
        <p className="mx-auto mt-4 max-w-xl text-xs text-gray-500">{t("fileHint", { max })}</p>
        <button type="button" onClick={sample} className="mt-2 text-xs font-medium text-brand underline underline-offset-2">
          {t("sample")}
        </button>
      </div>
      {problem && (
        <Notice tone="error" title={t("fileProblemTitle")}>
          {problem === "unreadable" ? t("problems.unreadable") : t(`problems.${problem.problem}`, { rows: format.number(problem.rows ?? 0), max })}
        </Notice>
      )}
    </div>
  );
}
