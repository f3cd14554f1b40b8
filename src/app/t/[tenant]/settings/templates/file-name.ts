/** Characters Windows or macOS refuse in file names become "-"; the rest of the name stays recognisable. */
export function templateFileName(name: string): string {
  return `${name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "-").trim() || "template"}.switchboard-template.json`;
}
