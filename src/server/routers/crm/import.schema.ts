/**
 * One CSV row after the file's columns were matched to these fields: every value is the text
 * of a cell, plus the row's number in the file as a spreadsheet shows it (the header is row 1),
 * which every message about the row uses. Validated row by row by the import, so one bad row
 * never hides the rest.
 */
import { z } from "zod";

export const IMPORT_FIELDS = [
  "name",
  "registrationNumber",
  "vatNumber",
  "notes",
  "addressNumber",
  "addressLine1",
  "addressLine2",
  "postalCode",
  "city",
  "country",
  "contactName",
  "contactFirstName",
  "contactLastName",
  "contactJobTitle",
  "contactEmail",
  "contactPhone",
  "contactMobile",
  "contactRoles",
  "contactLocale",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The fields as the mapping step groups them: the company, its address, the person. */
export const IMPORT_FIELD_GROUPS = {
  company: ["name", "registrationNumber", "vatNumber", "notes"],
  address: ["addressNumber", "addressLine1", "addressLine2", "postalCode", "city", "country"],
  contact: ["contactName", "contactFirstName", "contactLastName", "contactJobTitle", "contactEmail", "contactPhone", "contactMobile", "contactRoles", "contactLocale"],
} as const satisfies Record<string, readonly ImportField[]>;

/** Notes may be long (a CRM's comment history); every other cell is a short value. */
const cell = z.string().max(500, "tooLong").default("");
const cells = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, f === "notes" ? z.string().max(10_000, "tooLong").default("") : cell])) as Record<ImportField, typeof cell>;
export const importRow = z.object({ line: z.number().int().min(2), ...cells });
export type ImportRow = z.infer<typeof importRow>;
export type ImportCells = Omit<ImportRow, "line">;

export const importAccountsInput = z.object({
  rows: z
    .array(importRow)
    .min(1, "importEmpty")
    .max(5000, "importTooMany")
    .refine((rows) => new Set(rows.map((r) => r.line)).size === rows.length, "importLinesRepeat"),
  /** false: check only, and say what would be imported, what repeats and what is wrong. */
  commit: z.boolean(),
  /** Rows found to repeat a record that the person chose to leave out; the others are merged. */
  skip: z.array(z.number().int()).max(5000).default([]),
});
export type ImportAccountsInput = z.infer<typeof importAccountsInput>;
