"use client";
/**
 * A reason the import gives ("phoneTooShort?country=FR&code=%2B33") in the reader's language:
 * the import's own reasons first, then the shared validation messages; a country code among
 * the values becomes the country's name.
 */
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { useValidationMessage } from "@/components/use-validation-message";
import { useAccounts } from "../_components/context";

export function useReason() {
  const t = useTranslations("accounts.import.reasons");
  const v = useValidationMessage();
  const { countries } = useAccounts();
  return useCallback(
    (message: string): string => {
      const [key = "", query = ""] = message.split("?", 2);
      const values = Object.fromEntries(new URLSearchParams(query));
      if (values.country) values.country = countries.find((c) => c.code === values.country)?.name ?? values.country;
      // The key arrives at run time, so the typed-key signature cannot apply; `has` checks it.
      const catalog = t as unknown as { has: (k: string) => boolean; (k: string, values: Record<string, string>): string };
      return catalog.has(key) ? catalog(key, values) : (v(message) ?? message);
    },
    [t, v, countries],
  );
}
