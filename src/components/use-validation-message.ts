"use client";
/**
 * Shows a validation message from zod or the server (a `validation` catalog key, maybe with
 * values: "domainTaken?domain=acme.com") in the person's language; unknown text shows as is.
 */
import { useTranslations } from "next-intl";
import { useCallback } from "react";

export function useValidationMessage() {
  const t = useTranslations("validation");
  return useCallback(
    (raw: string | string[] | null | undefined): string | undefined => {
      const first = Array.isArray(raw) ? raw[0] : raw;
      if (!first) return undefined;
      const [key = "", query = ""] = first.split("?", 2);
      if (!t.has(key as never)) return first;
      // The key arrives at run time, so the typed-key signature cannot apply; `has` checked it.
      const translate = t as unknown as (k: string, values: Record<string, string>) => string;
      return translate(key, Object.fromEntries(new URLSearchParams(query)));
    },
    [t],
  );
}
