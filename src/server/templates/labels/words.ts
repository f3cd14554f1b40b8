/**
 * What the label functions need from the reader's language: the `templates.labels` catalog
 * and how numbers, calendar dates and lists are written (the formatting module, for the reader's
 * language and the tenant's country). The builder builds it from hooks (`useLabelWords`), a
 * server page or an email from the catalogs (`labelWords`), so the label functions themselves
 * stay pure and the same everywhere.
 */
import type { Format } from "@/i18n/format/format";
import type { Messages } from "@/i18n/messages";

export type LabelKey = keyof Messages["templates"]["labels"];

export type LabelWords = {
  t: (key: LabelKey, values?: Record<string, string | number>) => string;
  number: (n: number) => string;
  /** A calendar date, "2027-01-01", as the reader writes it. */
  date: (iso: string) => string;
  /** "500M or 1G", "100M, 200M or 500M". */
  or: (items: readonly string[]) => string;
};

/** The words of a translator and a formatter. */
export function labelWordsFrom(t: LabelWords["t"], format: Format): LabelWords {
  return {
    t,
    number: (n) => format.number(n),
    date: (iso) => format.calendar(iso),
    or: (items) => format.list(items, "or"),
  };
}

/** A label inside a sentence: "on-site installation", but "IP phones" and "FTTO access" keep their capitals. */
export function inSentence(label: string): string {
  const trimmed = label.trim();
  if (/^\p{Lu}\p{Lu}/u.test(trimmed)) return trimmed;
  return `${trimmed.charAt(0).toLocaleLowerCase()}${trimmed.slice(1)}`;
}

/** The first letter up, as a label that starts a line. */
export function sentence(text: string): string {
  return `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}`;
}
