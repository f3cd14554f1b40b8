/** Tests for captured dates by name: keys derived from labels, renames that carry due rules along, older documents without labels. */
import { describe, expect, it } from "vitest";
import { capturedDates, dateKeyFromLabel, renameDateKey } from "./dates";
import { capturedDateSchema, templateDocumentSchema, type TemplateDocument } from "./document";
import { actionTemplate } from "./testing/factories";
import { validateTemplate } from "./validate";

const relative = (dateKey: string) => ({ due: { kind: "RELATIVE_TO_DATE" as const, dateKey, days: -2 } });
const doc = (...actions: ReturnType<typeof actionTemplate>[]): TemplateDocument => ({ phases: [{ id: "p", name: "P", goLive: false, actions }] });

describe("dateKeyFromLabel", () => {
  it.each([
    ["Porting date", "portingDate"],
    ["Date d’installation", "dateDInstallation"],
    ["Date de mise en service", "dateDeMiseEnService"],
    ["  RÉUNION   de lancement ", "reunionDeLancement"],
    ["2nd visit", "date2ndVisit"],
    ["!!!", "date"],
    ["", "date"],
  ])("%j → %j", (label, key) => {
    expect(dateKeyFromLabel(label)).toBe(key);
    expect(capturedDateSchema.shape.key.safeParse(key).success).toBe(true);
  });

  it("stays within the key's length", () => {
    expect(dateKeyFromLabel("Date of the second site visit after the carrier installed everything").length).toBe(40);
  });
});

describe("renameDateKey", () => {
  const capture = (key: string) => actionTemplate("c", { capturesDate: { key, label: "Porting date", expectedAfterDays: 5 } });

  it("moves the due rules relative to the old key onto the new one", () => {
    const renamed = renameDateKey(doc(capture("dateDePortage"), actionTemplate("x", relative("portingDate")), actionTemplate("y")), "portingDate", "dateDePortage");
    expect(renamed.phases[0]?.actions.map((a) => a.due)).toEqual([
      { kind: "AFTER_AVAILABLE", days: 1 },
      { kind: "RELATIVE_TO_DATE", dateKey: "dateDePortage", days: -2 },
      { kind: "AFTER_AVAILABLE", days: 1 },
    ]);
  });

  it("leaves them when another action still captures the old key", () => {
    const d = doc(capture("dateDePortage"), actionTemplate("other", { capturesDate: { key: "portingDate", label: "Porting", expectedAfterDays: 1 } }), actionTemplate("x", relative("portingDate")));
    expect(renameDateKey(d, "portingDate", "dateDePortage")).toBe(d);
  });
});

describe("dates without a label", () => {
  it("read from an older document as unnamed, which the validator asks to fix", () => {
    const old = { phases: [{ id: "p", name: "P", actions: [{ id: "c", title: "Book", role: "CARRIER", trigger: { kind: "PHASE_START" }, due: { kind: "AFTER_AVAILABLE", days: 1 }, capturesDate: { key: "portingDate", expectedAfterDays: 5 } }] }] };
    const parsed = templateDocumentSchema.parse(old);
    expect(capturedDates(parsed).get("portingDate")?.label).toBe("");
    expect(validateTemplate(parsed, [])).toEqual([{ target: { kind: "action", id: "c" }, field: "capturesDate", message: "capturedDateUnnamed" }]);
  });
});
