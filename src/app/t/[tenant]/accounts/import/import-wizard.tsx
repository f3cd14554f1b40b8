"use client";
/**
 * CSV import of accounts and contacts: file → columns → check → import. Nothing is written
 * until "Import": the check runs the server's own validation with `commit: false`, so what
 * it reports is exactly what the import will do.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { useAccounts } from "../_components/context";
import { useProblem } from "@/components/problem";
import type { ImportSummary } from "../_components/types";
import { CheckResults, indexErrors, useDownloadRejected } from "./check-results";
import type { CsvFile } from "@/server/crm/import/csv";
import { guessMapping, mapRows, type Mapping } from "@/server/crm/import/headers";
import { DoneStep } from "./done-step";
import { FileStep } from "./file-step";
import { MappingStep } from "./mapping-step";
import { PreviewTable } from "./preview-table";
import { Steps } from "./steps";

export function ImportWizard() {
  const [file, setFile] = useState<CsvFile | null>(null);
  if (!file) {
    return (
      <div className="space-y-6">
        <Steps current="file" />
        <FileStep onFile={setFile} />
      </div>
    );
  }
  // Keyed by the file: another file starts from a fresh mapping and no check.
  return <LoadedFile key={`${file.name}:${file.rows.length}`} file={file} onReset={() => setFile(null)} />;
}

function LoadedFile({ file, onReset }: { file: CsvFile; onReset: () => void }) {
  const t = useTranslations("accounts.import");
  const v = useValidationMessage();
  const problem = useProblem();
  const { slug } = useAccounts();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [mapping, setMapping] = useState<Mapping>(() => guessMapping(file.headers));
  const [checked, setChecked] = useState<ImportSummary | null>(null);
  const [skip, setSkip] = useState<Set<number>>(new Set());
  const [done, setDone] = useState<ImportSummary | null>(null);
  const rows = useMemo(() => mapRows(file.rows, mapping), [file, mapping]);
  const check = useMutation(
    trpc.accounts.import.mutationOptions({
      onSuccess: (result) => {
        setChecked(result);
        setSkip(new Set());
      },
    }),
  );
  const commit = useMutation(
    trpc.accounts.import.mutationOptions({
      onSuccess: async (result) => {
        setDone(result);
        await qc.invalidateQueries(trpc.accounts.list.pathFilter());
      },
    }),
  );
  const downloadRejected = useDownloadRejected(file, done?.errors ?? []);
  const duplicateLines = useMemo(() => new Set(checked?.duplicates.map((d) => d.line)), [checked]);
  const error = check.error ?? commit.error;

  if (done) {
    return (
      <div className="space-y-6">
        <Steps current="done" />
        <DoneStep result={done} onAgain={onReset} onDownloadRejected={downloadRejected} />
      </div>
    );
  }
  const changeMapping = (m: Mapping) => {
    setMapping(m);
    setChecked(null);
    check.reset();
  };
  return (
    <div className="space-y-6">
      <Steps current={checked ? "check" : "columns"} />
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-md bg-gray-50 px-4 py-3 text-sm">
        <p>{t("fileLoaded", { name: file.name, rows: file.rows.length, columns: file.headers.length })}</p>
        <Button variant="ghost" onClick={onReset}>
          {t("otherFile")}
        </Button>
      </div>
      <MappingStep file={file} mapping={mapping} onChange={changeMapping} />
      <PreviewTable rows={rows} mapping={mapping} errors={checked ? indexErrors(checked.errors) : null} duplicates={duplicateLines} />
      {error && <Notice tone="error">{v(fieldErrorsOf(error).rows) ?? problem(error)}</Notice>}
      {checked && <CheckResults file={file} summary={checked} skip={skip} onSkip={setSkip} onCommit={() => commit.mutate({ rows, commit: true, skip: [...skip] })} committing={commit.isPending} />}
      <div className="flex flex-wrap gap-2 border-t border-gray-200 pt-4">
        {!checked && (
          <Button onClick={() => check.mutate({ rows, commit: false, skip: [] })} pending={check.isPending} disabled={mapping.name === null}>
            {t("check")}
          </Button>
        )}
        <Link href={`/t/${slug}/accounts`} className="inline-flex items-center rounded-md px-4 py-2 text-sm font-medium text-gray-700 hover:bg-gray-100">
          {t("cancel")}
        </Link>
      </div>
    </div>
  );
}
