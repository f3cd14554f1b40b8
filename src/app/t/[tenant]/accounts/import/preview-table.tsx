"use client";
/**
 * The first 20 rows as they will be imported: a full-name column shows as the first and last
 * names it is split into; after a check, rejected cells are marked and repeats are flagged.
 */
import { useTranslations } from "next-intl";
import { ScrollArea } from "@/components/ui/scroll-area";
import type { Mapping } from "@/server/crm/import/headers";
import { splitFullName } from "@/server/crm/import/names";
import type { ImportField, ImportRow } from "@/server/routers/crm/import.schema";
import type { ErrorsByLine } from "./check-results";
import { useReason } from "./use-reason";

export const PREVIEW_ROWS = 20;

/** The row number's colour: rejected, a repeat, valid after a check, or not checked yet. */
function rowTone(rejected: boolean, repeat: boolean, checked: boolean): string {
  if (rejected) return "bg-red-50 text-red-800";
  if (repeat) return "bg-amber-50 text-amber-900";
  return checked ? "bg-white text-green-800" : "bg-white text-gray-500";
}

/** Who and how to reach them first, where the split names are checked; long notes last. */
const ORDER: readonly ImportField[] = [
  "name", "contactFirstName", "contactLastName", "contactEmail", "contactPhone", "contactMobile", "contactJobTitle", "contactRoles", "contactLocale",
  "registrationNumber", "vatNumber", "addressNumber", "addressLine1", "addressLine2", "postalCode", "city", "country", "notes",
];

type Props = { rows: ImportRow[]; mapping: Mapping; errors: ErrorsByLine | null; duplicates: ReadonlySet<number> };

/** What the preview shows of a row: the split name in place of the full-name cell. */
function shown(r: ImportRow, splitting: boolean): Partial<Record<ImportField, string>> {
  if (!splitting || r.contactFirstName.trim() || r.contactLastName.trim()) return r;
  const { firstName, lastName } = splitFullName(r.contactName);
  return { ...r, contactFirstName: firstName, contactLastName: lastName };
}

export function PreviewTable({ rows, mapping, errors, duplicates }: Props) {
  const t = useTranslations("accounts.import");
  const reason = useReason();
  const splitting = mapping.contactName !== null;
  const fields = ORDER.filter((f) => mapping[f] !== null || (splitting && (f === "contactFirstName" || f === "contactLastName")));
  const visible = rows.slice(0, PREVIEW_ROWS);
  return (
    <section aria-labelledby="preview-heading" className="space-y-2">
      <h2 id="preview-heading" className="text-base font-semibold">
        {t("previewTitle", { shown: visible.length, total: rows.length })}
      </h2>
      {splitting && <p className="text-sm text-gray-600">{t("splitNote")}</p>}
      <ScrollArea className="rounded-lg border border-gray-200 bg-white [contain:inline-size]">
        <table className="min-w-full divide-y divide-gray-200 text-sm">
          <caption className="sr-only">{t("previewCaption")}</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className="sticky left-0 bg-gray-50 px-3 py-2 text-left text-xs font-semibold text-gray-600">
                {t("row")}
              </th>
              {fields.map((f) => (
                <th key={f} scope="col" className="whitespace-nowrap px-3 py-2 text-left text-xs font-semibold text-gray-600">
                  {t(`fields.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {visible.map((r) => {
              const rowErrors = errors?.get(r.line) ?? [];
              const repeat = duplicates.has(r.line);
              const values = shown(r, splitting);
              const tone = rowTone(rowErrors.length > 0, repeat, Boolean(errors));
              return (
                <tr key={r.line}>
                  <th scope="row" className={`sticky left-0 px-3 py-2 text-left font-normal tabular-nums ${tone}`}>
                    {r.line}
                    {rowErrors.length > 0 && <span className="sr-only"> {t("rowRejected")}</span>}
                    {repeat && <span className="sr-only"> {t("rowDuplicate")}</span>}
                  </th>
                  {fields.map((f) => {
                    // The full-name column is shown split: its problems sit on the last name.
                    const message = rowErrors.filter((e) => e.field === f || (f === "contactLastName" && e.field === "contactName")).map((e) => reason(e.message)).join(" ");
                    const value = (values[f] ?? "").replace(/\s+/g, " ").trim();
                    return (
                      <td key={f} title={[value, message].filter(Boolean).join(" — ") || undefined} className={`max-w-56 truncate whitespace-nowrap px-3 py-2 ${message ? "bg-red-50 font-medium text-red-900 ring-1 ring-inset ring-red-300" : ""}`}>
                        {value || <span className="text-gray-300">—</span>}
                        {message && <span className="sr-only"> ({message})</span>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
      <p className="text-xs text-gray-500">{t("rowNumbering")}</p>
    </section>
  );
}
