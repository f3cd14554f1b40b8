/**
 * One CSV row after the person mapped the file's columns to these fields: every value is
 * the text of a cell. Validated row by row by the import, so one bad row never hides the rest.
 */
import { z } from "zod";

export const IMPORT_FIELDS = [
  "name",
  "registrationNumber",
  "vatNumber",
  "addressLine1",
  "postalCode",
  "city",
  "country",
  "contactFirstName",
  "contactLastName",
  "contactEmail",
  "contactPhone",
  "contactMobile",
  "contactRoles",
  "contactLocale",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

const cell = z.string().max(500, "tooLong").default("");
export const importRow = z.object(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, cell])) as Record<ImportField, typeof cell>);
export type ImportRow = z.infer<typeof importRow>;

export const importAccountsInput = z.object({
  rows: z.array(importRow).min(1, "importEmpty").max(5000, "importTooMany"),
  /** false: check only, and say what would be imported and what is wrong. */
  commit: z.boolean(),
});
