"use client";
/**
 * A failed query or mutation in words, in the person's language. The server's own sentences
 * are English (logs and API clients read them); what a page shows is the catalogue's: the
 * message key the server sent for the fields the caller names or for the whole form
 * (`fieldErrors._`, e.g. "dealWonReadOnly"), else one
 * sentence per tRPC code, else — no answer at all — that Switchboard could not be reached.
 */
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import { fieldErrorsOf } from "@/trpc/client";

export function errorCode(error: unknown): string | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  return data && typeof data === "object" && "code" in data && typeof data.code === "string" ? data.code : null;
}

const BY_CODE = {
  FORBIDDEN: "forbidden",
  NOT_FOUND: "notFound",
  CONFLICT: "conflict",
  BAD_REQUEST: "invalid",
  UNAUTHORIZED: "unauthorized",
  TOO_MANY_REQUESTS: "tooMany",
} as const;

export function useProblem() {
  const t = useTranslations("problems");
  const v = useValidationMessage();
  /** `fields`: inputs whose server message, when there is one, says it better (a form without that input). */
  return (error: unknown, ...fields: string[]): string => {
    const sent = fieldErrorsOf(error);
    const specific = v([...fields, "_"].map((f) => sent[f]?.[0]).find(Boolean));
    if (specific) return specific;
    const code = errorCode(error);
    if (code && code in BY_CODE) return t(BY_CODE[code as keyof typeof BY_CODE]);
    // A tRPC error with no code from our server: the request never got an answer.
    return error instanceof TRPCClientError && code === null ? t("offline") : t("server");
  };
}

export function Problem({ error }: { error: unknown }) {
  const problem = useProblem();
  return <Notice tone="error">{problem(error)}</Notice>;
}
