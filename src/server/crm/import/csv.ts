/**
 * Reading the person's CSV file (in the browser; pure, so tests read the fixtures with it).
 * Spreadsheets export in more than one way: French Excel separates with ";" and saves
 * "CSV (séparateur: point-virgule)" in Windows-1252, "CSV UTF-8" adds a byte-order mark,
 * HubSpot and Pipedrive write UTF-8 with ","; all of them must read the same.
 *
 * The encoding: bytes that are valid UTF-8 are UTF-8 (with or without BOM) — a Windows-1252
 * file with any accent is almost never valid UTF-8, since é is the lone byte E9 there — else
 * Windows-1252, the code page Excel uses in Western Europe. This needs no detection library:
 * `TextDecoder` with `fatal: true` is the test. Each data row keeps its row number as a
 * spreadsheet shows it (the header is row 1), which every message about the row then uses.
 * The rejected rows go back in the file's own delimiter and encoding, so Excel opens them as
 * it opened the original.
 */
import Papa from "papaparse";

export const MAX_ROWS = 5000;

export type CsvEncoding = "utf-8" | "utf-8-bom" | "windows-1252";
export type CsvRow = { row: number; cells: string[] };
export type CsvFile = { name: string; delimiter: string; encoding: CsvEncoding; headers: string[]; rows: CsvRow[] };
export type CsvProblem = { problem: "empty" | "noRows" | "tooMany"; rows?: number };

export function decodeCsv(bytes: ArrayBuffer | Uint8Array): { text: string; encoding: CsvEncoding } {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(view);
    return text.startsWith("\uFEFF") ? { text: text.slice(1), encoding: "utf-8-bom" } : { text, encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(view), encoding: "windows-1252" };
  }
}

export function parseCsv(name: string, text: string, encoding: CsvEncoding = "utf-8"): CsvFile | CsvProblem {
  const clean = text.replace(/^\uFEFF/, "");
  // Guessed on non-blank lines only: Papa scores a delimiter by its field count per line, and
  // blank lines (one empty field each) would make it fall back to "," for a ";" file.
  const guess = Papa.parse<string[]>(clean, { delimitersToGuess: [",", ";", "\t", "|"], skipEmptyLines: "greedy", preview: 50 });
  const delimiter = guess.meta.delimiter || ",";
  const result = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: false });
  const [head, ...body] = result.data;
  if (!head || head.every((h) => !h.trim())) return { problem: "empty" };
  // Row numbers count lines as a spreadsheet does: a cell with a line break stays one row, and
  // blank rows are skipped but still counted.
  const rows = body.map((cells, i) => ({ row: i + 2, cells })).filter((r) => r.cells.some((c) => c.trim()));
  if (rows.length === 0) return { problem: "noRows" };
  if (rows.length > MAX_ROWS) return { problem: "tooMany", rows: rows.length };
  return { name, delimiter, encoding, headers: head.map((h) => h.trim()), rows };
}

export function isProblem(r: CsvFile | CsvProblem): r is CsvProblem {
  return "problem" in r;
}

/** The media type of the files this import writes back. */
export const CSV = "text/csv";

/** Windows-1252 bytes of a text, from the platform's own decoder's table; unmapped characters become "?". */
function windows1252(text: string): Uint8Array<ArrayBuffer> {
  const table = new Map<string, number>();
  const decoded = new TextDecoder("windows-1252").decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  for (let i = 0; i < 256; i++) table.set(decoded[i]!, i);
  return Uint8Array.from(Array.from(text), (ch) => table.get(ch) ?? 0x3f);
}

export function encodeCsv(text: string, encoding: CsvEncoding): Uint8Array<ArrayBuffer> {
  if (encoding === "windows-1252") return windows1252(text);
  return new TextEncoder().encode(encoding === "utf-8-bom" ? `\uFEFF${text}` : text);
}

/**
 * The rejected rows as they were, plus a column saying what is wrong, in the file's own
 * delimiter and encoding: the person fixes them in Excel and imports them again.
 */
export function rejectedCsv(file: CsvFile, rejected: { row: CsvRow; error: string }[], errorHeader: string): Uint8Array<ArrayBuffer> {
  const width = file.headers.length;
  const data = rejected.map(({ row, error }) => [...Array.from({ length: width }, (_, i) => row.cells[i] ?? ""), error]);
  return encodeCsv(Papa.unparse({ fields: [...file.headers, errorHeader], data }, { delimiter: file.delimiter, newline: "\r\n" }), file.encoding);
}
