"use client";
/**
 * A failed query or mutation in words: the known tRPC codes get our own sentence in the
 * person's language, anything else shows the server's message (already meant for people).
 */
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";

export function errorCode(error: unknown): string | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  return data && typeof data === "object" && "code" in data && typeof data.code === "string" ? data.code : null;
}

export function useProblem() {
  const t = useTranslations("accounts.problems");
  return (error: unknown): string => {
    switch (errorCode(error)) {
      case "FORBIDDEN":
        return t("forbidden");
      case "NOT_FOUND":
        return t("notFound");
      case "INTERNAL_SERVER_ERROR":
        return t("server");
      default:
        return error instanceof Error && error.message ? error.message : t("server");
    }
  };
}

export function Problem({ error }: { error: unknown }) {
  const problem = useProblem();
  return <Notice tone="error">{problem(error)}</Notice>;
}
