/**
 * Hands text to the browser as a downloaded file. A blob URL keeps the download in the page:
 * what is saved is made in the browser (a CSV of rejected rows) or fetched with the tenant
 * header the tRPC client adds (a template export), so a plain link could not fetch it.
 */
/** `content`: text, or bytes already in the file's encoding (a Windows-1252 CSV). */
export function saveFile(filename: string, content: string | Uint8Array<ArrayBuffer>, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next tick: some browsers start the download only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
