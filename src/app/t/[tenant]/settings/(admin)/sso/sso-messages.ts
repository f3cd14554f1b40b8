"use client";
/** SSO problems (from zod, the server or a DNS lookup) in the person's language: the page's own catalog first. */
import { useValidationMessage } from "@/components/use-validation-message";

const NAMESPACES = ["sso.problems", "validation"] as const;

export const useSsoMessage = () => useValidationMessage(NAMESPACES);
