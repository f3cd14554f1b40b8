"use client";
/**
 * "Import": a template file exported from Switchboard becomes a new, unpublished template.
 * The file is read here and checked by the server, which names what kind of file it is not.
 * Success says how many problems the new draft has (what stands between it and publishing) and
 * whether its service type exists here, then offers to open it in the builder.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import { importTemplateInput } from "@/server/routers/templates/templates.schema";
import { useTRPC } from "@/trpc/client";
import { useImportProblems } from "./import-problems";

/** A million characters (the server's limit) take at most 4 MB in UTF-8: a bigger file is refused unread. */
const MAX_BYTES = 4_000_000;

type Props = { slug: string; open: boolean; onClose: () => void };

export function ImportDialog({ slug, open, onClose }: Props) {
  const t = useTranslations("templates.importDialog");
  return (
    <Dialog open={open} onClose={onClose} title={t("title")} description={t("description")}>
      <ImportForm slug={slug} onClose={onClose} />
    </Dialog>
  );
}

/** The file's service type name, to say which one is missing; null when unreadable. */
function serviceTypeOf(text: string): string | null {
  try {
    const json: unknown = JSON.parse(text);
    return json && typeof json === "object" && "serviceType" in json && typeof json.serviceType === "string" ? json.serviceType : null;
  } catch {
    return null;
  }
}

function ImportForm({ slug, onClose }: { slug: string; onClose: () => void }) {
  const t = useTranslations("templates.importDialog");
  const v = useValidationMessage();
  const problemsOf = useImportProblems();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const builder = (id: string) => `/t/${slug}/settings/templates/${id}`;
  const run = useMutation(
    trpc.templates.import.mutationOptions({
      onSuccess: async () => {
        await qc.invalidateQueries(trpc.templates.list.pathFilter());
      },
    }),
  );

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const picked = e.target.files?.[0];
    run.reset();
    setFile(null);
    setLocalError(null);
    if (!picked) return;
    if (picked.size > MAX_BYTES) return setLocalError(v("importTooLarge") ?? null);
    setReading(true);
    const text = await picked.text().catch(() => null);
    setReading(false);
    if (text === null) return setLocalError(t("unreadable"));
    setFile({ name: picked.name, text });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return setLocalError(t("noFile"));
    const parsed = importTemplateInput.safeParse({ text: file.text });
    if (!parsed.success) return setLocalError(v(parsed.error.issues[0]?.message) ?? null);
    run.mutate(parsed.data);
  }

  if (run.data) {
    const missing = file ? serviceTypeOf(file.text) : null;
    return (
      <div className="space-y-4">
        <Notice tone={run.data.problems > 0 ? "warning" : "success"}>
          <span data-testid="import-result">{t("imported", { name: run.data.name, problems: run.data.problems })}</span>
        </Notice>
        {!run.data.serviceTypeMatched && <Notice tone="warning">{missing ? t("unmatched", { serviceType: missing }) : t("unmatchedUnknown")}</Notice>}
        <div className="flex justify-end gap-2 border-t border-gray-100 pt-4">
          <Button type="button" variant="ghost" onClick={onClose}>
            {t("close")}
          </Button>
          <Link href={builder(run.data.id)} autoFocus className="inline-flex items-center rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:opacity-90">
            {t("open")}
          </Link>
        </div>
      </div>
    );
  }

  const problems = run.error ? problemsOf(run.error) : null;
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <TextField
        type="file"
        label={t("file")}
        accept=".json,application/json"
        onChange={(e) => void choose(e)}
        error={localError ?? problems?.reason}
        autoFocus
        className="block w-full text-sm text-gray-700 file:mr-3 file:rounded-md file:border file:border-gray-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium file:text-gray-900 hover:file:bg-gray-50"
      />
      {problems && problems.details.length > 0 && (
        <Notice tone="error" title={t("problemsTitle")}>
          <ul className="list-disc space-y-1 pl-5">
            {problems.details.map((d) => (
              <li key={d.where}>
                <span className="font-medium">{d.where}</span>: {d.message}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      <DialogActions cancelLabel={t("cancel")} onCancel={onClose} submitLabel={t("submit")} pending={reading || run.isPending || run.isSuccess} />
    </form>
  );
}
