"use client";
/**
 * Shows a validation message from zod or the server (a catalog key, maybe with values:
 * "domainTaken?domain=acme.com") in the person's language; unknown text shows as is.
 * Messages come from the `validation` catalog unless the caller names others: the template
 * builder, for one, reads the `templateProblems` catalog first.
 */
import { useTranslations } from "next-intl";
import { useCallback, useMemo } from "react";
import type { Messages } from "@/i18n/messages";

/** A top-level catalog ("validation") or a group inside one ("deals.errors"). */
export type MessageNamespace = keyof Messages | `${keyof Messages}.${string}`;

const DEFAULT: readonly MessageNamespace[] = ["validation"];

export function useValidationMessage(namespaces: readonly MessageNamespace[] = DEFAULT) {
  const t = useTranslations();
  // Callers usually pass an array literal; its content, not its identity, decides the callback.
  const joined = namespaces.join("|");
  const searched = useMemo(() => joined.split("|"), [joined]);
  return useCallback(
    (raw: string | string[] | null | undefined): string | undefined => {
      const first = Array.isArray(raw) ? raw[0] : raw;
      if (!first) return undefined;
      const [key = "", query = ""] = first.split("?", 2);
      // The key arrives at run time, so the typed-key signature cannot apply; `has` checks it.
      const catalog = t as unknown as { has: (k: string) => boolean; (k: string, values: Record<string, string>): string };
      const path = key === "" ? undefined : searched.map((ns) => `${ns}.${key}`).find((p) => catalog.has(p));
      return path ? catalog(path, Object.fromEntries(new URLSearchParams(query))) : first;
    },
    [t, searched],
  );
}
