/**
 * Reading the person's CSV file in the browser. Spreadsheets export in more than one way:
 * French Excel separates with ";" and may save in Windows-1252 rather than UTF-8, others add
 * a byte-order mark; all of them must read the same. Each data row keeps its row number as a
 * spreadsheet shows it (the header is row 1), which every message about the row then uses.
 */
import Papa from "papaparse";

export const MAX_ROWS = 5000;

export type CsvRow = { row: number; cells: string[] };
export type CsvFile = { name: string; delimiter: string; headers: string[]; rows: CsvRow[] };
export type CsvProblem = { problem: "empty" | "noRows" | "tooMany"; rows?: number };

/** UTF-8 (with or without BOM) when it is valid UTF-8, else the Windows code page Excel uses. */
export function decodeCsv(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

export function parseCsv(name: string, text: string): CsvFile | CsvProblem {
  const clean = text.replace(/^\uFEFF/, "");
  // Guessed on non-blank lines only: Papa scores a delimiter by its field count per line, and
  // blank lines (one empty field each) would make it fall back to "," for a ";" file.
  const guess = Papa.parse<string[]>(clean, { delimitersToGuess: [",", ";", "\t", "|"], skipEmptyLines: "greedy", preview: 50 });
  const delimiter = guess.meta.delimiter || ",";
  const result = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: false });
  const [head, ...body] = result.data;
  if (!head || head.every((h) => !h.trim())) return { problem: "empty" };
  // Blank lines are skipped but still counted, so row numbers match the spreadsheet's.
  const rows = body.map((cells, i) => ({ row: i + 2, cells })).filter((r) => r.cells.some((c) => c.trim()));
  if (rows.length === 0) return { problem: "noRows" };
  if (rows.length > MAX_ROWS) return { problem: "tooMany", rows: rows.length };
  return { name, delimiter, headers: head.map((h) => h.trim()), rows };
}

export async function readCsv(file: File): Promise<CsvFile | CsvProblem> {
  return parseCsv(file.name, decodeCsv(await file.arrayBuffer()));
}

export function isProblem(r: CsvFile | CsvProblem): r is CsvProblem {
  return "problem" in r;
}

/** The media type of the files this import reads back. */
export const CSV = "text/csv;charset=utf-8";

/**
 * The rejected rows as they were, plus an "error" column, in the file's own delimiter and with
 * a BOM so Excel opens the accents right: the person fixes them there and imports them again.
 */
export function rejectedCsv(file: CsvFile, rejected: { row: CsvRow; error: string }[], errorHeader: string): string {
  const width = file.headers.length;
  const data = rejected.map(({ row, error }) => [...Array.from({ length: width }, (_, i) => row.cells[i] ?? ""), error]);
  return `\uFEFF${Papa.unparse({ fields: [...file.headers, errorHeader], data }, { delimiter: file.delimiter, newline: "\r\n" })}`;
}
