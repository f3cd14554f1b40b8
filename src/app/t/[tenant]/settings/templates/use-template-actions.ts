"use client";
/**
 * A template row's actions. Each reports its outcome to the page rather than to the row: the
 * row of an archived or restored template leaves the list, and its message must stay.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useValidationMessage } from "@/components/use-validation-message";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { saveFile } from "@/components/save-file";
import { templateFileName } from "./file-name";
import type { Outcome, TemplateSummary } from "./types";

/** The server's reason in words: its first field message (a `validation` key), else its message. */
function useFailureText() {
  const v = useValidationMessage();
  return (error: unknown): string => {
    const first = Object.values(fieldErrorsOf(error))[0];
    return v(first) ?? (error instanceof Error ? error.message : String(error));
  };
}

export function useTemplateActions(slug: string, template: TemplateSummary, onOutcome: (o: Outcome) => void) {
  const t = useTranslations("templates");
  const trpc = useTRPC();
  const qc = useQueryClient();
  const failure = useFailureText();
  const refresh = () => qc.invalidateQueries(trpc.templates.list.pathFilter());
  const onError = (e: unknown) => onOutcome({ tone: "error", text: t("failed", { reason: failure(e) }) });
  const { name } = template;

  // One click, then the copy is in the list and one link away: duplicating to compare or to
  // keep a variant is as common as duplicating to edit, so the library stays on screen.
  const duplicate = useMutation(
    trpc.templates.duplicate.mutationOptions({
      onSuccess: async (copy) => {
        await refresh();
        onOutcome({ tone: "success", text: t("done.duplicated", { name: copy.name }), link: { href: `/t/${slug}/settings/templates/${copy.id}`, label: t("done.openCopy", { name: copy.name }) } });
      },
      onError,
    }),
  );
  const makeDefault = useMutation(
    trpc.templates.makeDefault.mutationOptions({
      onSuccess: async () => {
        await Promise.all([refresh(), qc.invalidateQueries(trpc.catalogue.list.queryFilter())]);
        onOutcome({ tone: "success", text: t("done.madeDefault", { name, serviceType: template.serviceType?.name ?? "" }) });
      },
      onError,
    }),
  );
  const archive = useMutation(
    trpc.templates.archive.mutationOptions({
      onSuccess: async (r) => {
        await refresh();
        onOutcome({ tone: "success", text: t(r.archived ? "done.archived" : "done.restored", { name }) });
      },
      onError,
    }),
  );
  // A query, not a mutation: the file is read fresh each time (staleTime 0) so an export
  // right after an edit carries the edit.
  const exportFile = useMutation({
    mutationFn: () => qc.fetchQuery({ ...trpc.templates.export.queryOptions({ id: template.id }), staleTime: 0 }),
    onSuccess: (file) => saveFile(templateFileName(name), `${JSON.stringify(file, null, 2)}\n`, "application/json"),
    onError,
  });
  return { duplicate, makeDefault, archive, exportFile };
}
