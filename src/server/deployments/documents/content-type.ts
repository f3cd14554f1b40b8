/**
 * What a document really is, read from its bytes (magic numbers, via `file-type`), never from
 * its name or the type the browser claimed: an executable renamed "quote.pdf" is an
 * executable. Only an allow-list of office formats is accepted — documents people exchange
 * during an installation — and everything else is refused.
 *
 * Text has no magic number, so `file-type` cannot recognise it: a file is accepted as text
 * when its name says .txt or .csv AND its bytes are valid UTF-8 with no NUL byte (binary
 * files nearly always contain one).
 */
import { fileTypeFromBuffer } from "file-type";

/** The accepted types: what `file-type` reports → the Content-Type stored and served. */
const DETECTED: Record<string, string> = {
  "application/pdf": "application/pdf",
  "image/png": "image/png",
  "image/jpeg": "image/jpeg",
  "image/webp": "image/webp",
  "image/gif": "image/gif",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.oasis.opendocument.text": "application/vnd.oasis.opendocument.text",
};

/** Text by extension; the charset is part of the type so a browser never guesses another. */
const TEXT: Record<string, string> = {
  txt: "text/plain; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

export type Detection = { ok: true; contentType: string } | { ok: false; reason: "empty" | "refused"; detected: string | null };

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Valid UTF-8 without a NUL byte: what a text or CSV file is. */
export function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The Content-Type to store for `bytes` named `name`, or why it is refused. */
export async function detectContentType(name: string, bytes: Uint8Array): Promise<Detection> {
  if (bytes.length === 0) return { ok: false, reason: "empty", detected: null };
  const found = await fileTypeFromBuffer(bytes);
  const accepted = found ? DETECTED[found.mime] : undefined;
  if (accepted) return { ok: true, contentType: accepted };
  // A few magic numbers are printable ("ID3" for MP3, "<?xml"): a CSV whose first cell happens
  // to begin with one is still text. Text never runs anything: it is served as text/plain or
  // text/csv, as an attachment, with nosniff.
  const text = TEXT[extensionOf(name)];
  if (text && isPlainText(bytes)) return { ok: true, contentType: text };
  return { ok: false, reason: "refused", detected: found?.mime ?? null };
}
