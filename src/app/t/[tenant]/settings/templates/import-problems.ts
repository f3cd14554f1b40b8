"use client";
/**
 * Reads an import's refusal: the file-level reason (not JSON, not a template, a newer format,
 * damaged) and, for a damaged file, each problem with where it sits ("Phase 2 › action 3 ›
 * title") so whoever edited the file by hand can find it.
 */
import { useTranslations } from "next-intl";
import { useValidationMessage } from "@/components/use-validation-message";
import { fieldErrorsOf } from "@/trpc/client";
import { useProblemMessage } from "./[id]/use-problem-message";

/** Where the whole-file reason arrives: `file` from the parser, `text` from the size limit. */
const FILE_KEYS = ["file", "text"];
const INDEX = /^\d+$/;

export type ImportProblems = { reason: string | undefined; details: { where: string; message: string }[] };

export function useImportProblems() {
  const t = useTranslations("templates.importDialog");
  const v = useValidationMessage();
  // A damaged document breaks the builder's form rules: the builder's own words name them.
  const problem = useProblemMessage();
  /** "document.phases.1.actions.2.title" → "Phase 2 › action 3 › title": people count from one. */
  const where = (path: string) => {
    const segments = path.split(".").filter((s) => s !== "document");
    const out: string[] = [];
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i] ?? "";
      const next = segments[i + 1];
      if ((seg === "phases" || seg === "actions") && next && INDEX.test(next)) {
        out.push(t(seg === "phases" ? "pathPhase" : "pathAction", { number: Number(next) + 1 }));
        i++;
      } else out.push(seg);
    }
    return out.join(" › ");
  };
  return (error: unknown): ImportProblems => {
    const fields = fieldErrorsOf(error);
    const fileKey = FILE_KEYS.find((k) => fields[k]);
    const details = Object.entries(fields)
      .filter(([k]) => !FILE_KEYS.includes(k))
      .map(([k, messages]) => ({ where: where(k), message: problem(messages) ?? "" }));
    const fallback = error instanceof Error ? error.message : undefined;
    return { reason: fileKey ? v(fields[fileKey]) : fallback, details };
  };
}
