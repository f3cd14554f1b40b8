"use client";
/**
 * A template problem in words. The validator speaks the `templateProblems` catalog; the form
 * rules of the document and the server's refusals speak `validation`.
 */
import { useValidationMessage, type MessageNamespace } from "@/components/use-validation-message";

const CATALOGS: readonly MessageNamespace[] = ["templateProblems", "validation"];

export function useProblemMessage() {
  return useValidationMessage(CATALOGS);
}
