/** One CSV row to account and contact fields, or every problem of the row at once. */
import { describe, expect, it } from "vitest";
import { IMPORT_FIELDS, type ImportRow } from "@/server/routers/crm/import.schema";
import { parseImportRow } from "./import";

const row = (o: Partial<ImportRow>): ImportRow => ({ ...(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, ""])) as ImportRow), ...o });

describe("parseImportRow", () => {
  it("reads an account with its address and a contact typed the local way", () => {
    const r = parseImportRow(row({ name: "Crêperie Ty Breizh", addressLine1: "2 rue de Siam", postalCode: "29200", city: "Brest", contactFirstName: "Gwen", contactLastName: "Le Bras", contactMobile: "06 12 34 56 78", contactRoles: "technical, decision maker" }), 2, "FR");
    expect(r).toEqual({
      ok: true,
      value: {
        account: expect.objectContaining({ name: "Crêperie Ty Breizh", billingAddress: { line1: "2 rue de Siam", line2: null, postalCode: "29200", city: "Brest", country: "FR" } }),
        contact: expect.objectContaining({ firstName: "Gwen", lastName: "Le Bras", mobile: "+33612345678", phone: null, roles: ["TECHNICAL", "DECISION_MAKER"], locale: "fr" }),
      },
    });
  });

  it("reports every problem of a row in one go, phone included", () => {
    expect(parseImportRow(row({ name: "X", contactFirstName: "Jo", contactEmail: "nope", contactPhone: "12" }), 7, "GB")).toEqual({
      ok: false,
      errors: [
        { row: 7, field: "name", message: "accountName" },
        { row: 7, field: "contactLastName", message: "lastName" },
        { row: 7, field: "contactEmail", message: "emailInvalid" },
        { row: 7, field: "contactPhone", message: "phoneInvalid" },
      ],
    });
  });

  it("imports an account alone when no contact column is filled", () => {
    expect(parseImportRow(row({ name: "Solo Ltd" }), 3, "GB")).toEqual({ ok: true, value: { account: expect.objectContaining({ name: "Solo Ltd", billingAddress: null }), contact: null } });
  });
});
