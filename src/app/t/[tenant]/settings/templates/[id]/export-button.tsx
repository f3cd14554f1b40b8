"use client";
/** Downloads the template as a file, read fresh from the server: the last saved state, as the library's export does. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/client";
import { saveFile } from "@/components/save-file";
import { templateFileName } from "../file-name";
import { useProblem } from "@/components/problem";

export function ExportButton({ templateId, name, number }: { templateId: string; name: string; number?: number }) {
  const t = useTranslations("builder.header");
  const problemOf = useProblem();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const download = useMutation({
    mutationFn: () => qc.fetchQuery({ ...trpc.templates.export.queryOptions({ id: templateId, number }), staleTime: 0 }),
    onSuccess: (file) => saveFile(templateFileName(name), `${JSON.stringify(file, null, 2)}\n`, "application/json"),
  });
  return (
    <Button variant="ghost" pending={download.isPending} onClick={() => download.mutate()} title={download.error ? problemOf(download.error) : t("exportHint")}>
      {t("export")}
    </Button>
  );
}
