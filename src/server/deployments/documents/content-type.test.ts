/** Content detection on real bytes: what is accepted is decided by the content, not the name. */
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { detectContentType, extensionOf, isPlainText } from "./content-type";

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

const PDF = bytes("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF", [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
const GIF = bytes("GIF89a", [1, 0, 1, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3b]);
const WEBP = bytes("RIFF", [0x1a, 0, 0, 0], "WEBPVP8 ", [0x0e, 0, 0, 0, 0x30, 1, 0, 0x9d, 0x01, 0x2a, 1, 0, 1, 0]);
/** The start of a Windows executable: "MZ", then a DOS header full of NUL bytes. */
const EXE = bytes("MZ", [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0x40], new Array(40).fill(0), [0x80, 0, 0, 0], new Array(64).fill(0), "PE\0\0");

/** A zip with stored (uncompressed) entries, as office files are: enough for detection. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, "utf8");
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/main" ContentType="${main}"/></Types>`;
const DOCX = zip({ "[Content_Types].xml": contentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"), "word/document.xml": "<w:document/>" });
const XLSX = zip({ "[Content_Types].xml": contentTypes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"), "xl/workbook.xml": "<workbook/>" });
const ODT = zip({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<office:document-content/>" });
const PLAIN_ZIP = zip({ "notes.txt": "hello" });

describe("detectContentType", () => {
  it.each([
    ["quote.pdf", PDF, "application/pdf"],
    ["plan.png", PNG, "image/png"],
    ["photo.jpg", JPEG, "image/jpeg"],
    ["animation.gif", GIF, "image/gif"],
    ["site.webp", WEBP, "image/webp"],
    ["contract.docx", DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["numbers.xlsx", XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["letter.odt", ODT, "application/vnd.oasis.opendocument.text"],
  ])("accepts %s by its content", async (name, content, type) => {
    expect(await detectContentType(name, content)).toEqual({ ok: true, contentType: type });
  });

  it("goes by the content, not the name: a PDF named .png is a PDF", async () => {
    expect(await detectContentType("scan.png", PDF)).toEqual({ ok: true, contentType: "application/pdf" });
  });

  it("refuses an executable renamed .pdf", async () => {
    expect(await detectContentType("invoice.pdf", EXE)).toEqual({ ok: false, reason: "refused", detected: "application/x-msdownload" });
  });

  it("refuses a zip that is not an office document", async () => {
    expect(await detectContentType("archive.docx", PLAIN_ZIP)).toMatchObject({ ok: false, reason: "refused", detected: "application/zip" });
  });

  it("accepts UTF-8 text named .csv or .txt, with its charset", async () => {
    const csv = Buffer.from("number;ported on;société\n+33 1 23 45 67 89;2026-05-14;Café Dupré\n", "utf8");
    expect(await detectContentType("numbers.CSV", csv)).toEqual({ ok: true, contentType: "text/csv; charset=utf-8" });
    expect(await detectContentType("notes.txt", Buffer.from("Gate code 1234 — ask for Zoë"))).toEqual({ ok: true, contentType: "text/plain; charset=utf-8" });
  });

  it("accepts text whose first bytes look like a signature (a CSV starting with ID3)", async () => {
    expect(await detectContentType("tags.csv", Buffer.from("ID3,label\n1,a\n"))).toEqual({ ok: true, contentType: "text/csv; charset=utf-8" });
  });

  it("refuses binary with NUL bytes named .csv, and text that is not UTF-8", async () => {
    expect(await detectContentType("numbers.csv", bytes("a,b\n", [0, 1, 2, 3], "c,d\n"))).toEqual({ ok: false, reason: "refused", detected: null });
    expect(await detectContentType("latin1.txt", bytes("caf\xe9"))).toEqual({ ok: false, reason: "refused", detected: null });
  });

  it("refuses text under any other name, and an empty file", async () => {
    expect(await detectContentType("page.html", Buffer.from("<html><script>alert(1)</script></html>"))).toMatchObject({ ok: false, reason: "refused" });
    expect(await detectContentType("readme", Buffer.from("hello"))).toMatchObject({ ok: false, reason: "refused" });
    expect(await detectContentType("empty.txt", new Uint8Array())).toEqual({ ok: false, reason: "empty", detected: null });
  });
});

describe("helpers", () => {
  it("reads the extension in lower case; a leading dot is not one", () => {
    expect(extensionOf("Report.Final.PDF")).toBe("pdf");
    expect(extensionOf(".csv")).toBe("");
    expect(extensionOf("noext")).toBe("");
  });

  it("tells text from binary", () => {
    expect(isPlainText(Buffer.from("é,ü\n"))).toBe(true);
    expect(isPlainText(Buffer.from([0x61, 0x00]))).toBe(false);
    expect(isPlainText(Buffer.from([0xc3]))).toBe(false);
  });
});
