"use client";
/**
 * The rows that repeat a record, each with what it repeats and why, and the choice to merge it
 * (fill the record's empty fields, add the contact if new) or skip it — per row, or for all.
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ImportSummary } from "../_components/types";
import { ScrollTable } from "./scroll-table";

type Duplicate = ImportSummary["duplicates"][number];
type Props = { duplicates: readonly Duplicate[]; skip: ReadonlySet<number>; onChange: (skip: Set<number>) => void };

/** Rows listed at first; "Show more" adds as many again, and the buttons for all cover the rest. */
const PAGE = 100;

export function DuplicatesList({ duplicates, skip, onChange }: Props) {
  const t = useTranslations("accounts.import");
  const [shown, setShown] = useState(PAGE);
  const set = (line: number, skipped: boolean) => {
    const next = new Set(skip);
    if (skipped) next.add(line);
    else next.delete(line);
    onChange(next);
  };
  const what = (d: Duplicate) =>
    "line" in d.of
      ? t("repeatsRow", { n: d.of.line })
      : d.of.contact
        ? t("repeatsContact", { contact: d.of.contact, name: d.of.account.name })
        : t("repeatsAccount", { name: d.of.account.name });
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="max-w-3xl space-y-1">
          <h3 className="text-sm font-semibold">{t("duplicatesTitle", { count: duplicates.length })}</h3>
          <p className="text-sm text-gray-600">{t("duplicatesIntro")}</p>
        </div>
        <div className="flex gap-2">
          <Button variant="secondary" onClick={() => onChange(new Set())}>
            {t("mergeAll")}
          </Button>
          <Button variant="secondary" onClick={() => onChange(new Set(duplicates.map((d) => d.line)))}>
            {t("skipAll")}
          </Button>
        </div>
      </div>
      <ScrollTable caption={t("duplicateCaption")} columns={[t("row"), t("duplicateColumn"), t("choiceColumn")]} tall>
        {duplicates.slice(0, shown).map((d) => {
          const skipped = skip.has(d.line);
          return (
            <tr key={d.line} className={skipped ? "bg-gray-50 text-gray-500" : ""}>
              <td className="whitespace-nowrap px-3 py-2 align-top tabular-nums">{t("rowN", { n: d.line })}</td>
              <td className="px-3 py-2 align-top">
                <p className="font-medium text-gray-900">{what(d)}</p>
                <p className="text-xs text-gray-600">
                  {t("duplicateDetail", { why: t(`why.${d.reason}`), does: t(`mergeDoes.${d.merge}`) })}
                </p>
              </td>
              <td className="px-3 py-2 align-top">
                <fieldset className="flex gap-3">
                  <legend className="sr-only">{t("choiceOf", { n: d.line })}</legend>
                  {([false, true] as const).map((value) => (
                    <label key={String(value)} className="inline-flex items-center gap-1.5 whitespace-nowrap">
                      <input type="radio" name={`duplicate-${d.line}`} checked={skipped === value} onChange={() => set(d.line, value)} className="size-4 accent-brand" />
                      {value ? t("skip") : t("merge")}
                    </label>
                  ))}
                </fieldset>
              </td>
            </tr>
          );
        })}
      </ScrollTable>
      {duplicates.length > shown && (
        <div className="flex flex-wrap items-center gap-3 text-xs text-gray-500">
          <p>{t("moreDuplicates", { count: duplicates.length - shown })}</p>
          <Button variant="ghost" onClick={() => setShown((n) => n + PAGE)}>
            {t("showMore")}
          </Button>
        </div>
      )}
    </div>
  );
}
