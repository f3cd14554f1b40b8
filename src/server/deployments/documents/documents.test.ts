/** The pure parts of documents: the name kept for a file, and the too-large refusal. */
import { describe, expect, it } from "vitest";
import { DOCUMENT_EDITORS, DocumentTooLargeError, documentName } from "./documents";

describe("documentName", () => {
  it("keeps the last segment of a path some browsers send", () => {
    expect(documentName("C:\\fakepath\\Devis signé.pdf")).toBe("Devis signé.pdf");
    expect(documentName("../../etc/passwd")).toBe("passwd");
  });

  it("drops control characters and blank names", () => {
    expect(documentName("a\u0000b\r\n.txt")).toBe("ab.txt");
    expect(documentName("   ")).toBe("document");
    expect(documentName("..")).toBe("document");
  });

  it("shortens a long name to 200 characters, keeping the extension", () => {
    const name = documentName(`${"x".repeat(300)}.xlsx`);
    expect(name).toHaveLength(200);
    expect(name.endsWith(".xlsx")).toBe(true);
  });
});

describe("DocumentTooLargeError", () => {
  it("names the limit in MB for the form, as a validation key", () => {
    const e = new DocumentTooLargeError(10 * 1024 * 1024);
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ file: ["documentTooLarge?max=10"] });
    expect(new DocumentTooLargeError(2.5 * 1024 * 1024).fieldErrors).toEqual({ file: ["documentTooLarge?max=2.5"] });
  });
});

it("lets every role but viewers edit documents", () => {
  expect(DOCUMENT_EDITORS).not.toContain("VIEWER");
  expect(DOCUMENT_EDITORS).toContain("TECHNICIAN");
});
