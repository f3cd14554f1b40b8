/** One row to account and contact fields, or every problem of the row at once, in words. */
import { describe, expect, it } from "vitest";
import { IMPORT_FIELDS, type ImportRow } from "@/server/routers/crm/import.schema";
import { parseImportRow } from "./rows";

const row = (o: Partial<ImportRow>): ImportRow => ({ ...(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, ""])) as Omit<ImportRow, "line">), line: 2, ...o });
const FR = { country: "FR", locale: "fr" } as const;
const GB = { country: "GB", locale: "en" } as const;

describe("parseImportRow", () => {
  it("reads an account with its address and a contact typed the local way", () => {
    const r = parseImportRow(row({ name: "Crêperie Ty Breizh", addressNumber: "2", addressLine1: "rue de Siam", postalCode: "29200", city: "Brest", contactName: "LE BRAS Gwen", contactMobile: "06 12 34 56 78", contactPhone: "02 98 00 00 01", contactRoles: "technique, décideur" }), FR);
    expect(r).toEqual({
      ok: true,
      value: {
        line: 2,
        account: { name: "Crêperie Ty Breizh", registrationNumber: null, vatNumber: null, notes: "", billingAddress: { line1: "2 rue de Siam", line2: null, postalCode: "29200", city: "Brest", country: "FR" } },
        contact: { firstName: "Gwen", lastName: "Le Bras", email: null, mobile: "+33612345678", phone: "+33298000001", jobTitle: null, roles: ["TECHNICAL", "DECISION_MAKER"], locale: "fr" },
      },
    });
  });

  it.each([
    [{ city: "Quimper" }, { line1: null, line2: null, postalCode: null, city: "Quimper", country: "FR" }],
    [{ postalCode: "29000" }, { line1: null, line2: null, postalCode: "29000", city: null, country: "FR" }],
    [{ addressLine1: "12 quai de l'Odet", country: "Royaume-Uni" }, { line1: "12 quai de l'Odet", line2: null, postalCode: null, city: null, country: "GB" }],
    [{ country: "France" }, null],
  ])("keeps a partial address as given: %o", (cells, address) => {
    const r = parseImportRow(row({ name: "Kerjean", ...cells }), FR);
    expect(r.ok && r.value.account.billingAddress).toEqual(address);
  });

  it("keeps the notes with their line breaks", () => {
    const r = parseImportRow(row({ name: "Kerjean", notes: "Appeler le matin\r\nPortail : 1234 " }), FR);
    expect(r.ok && r.value.account.notes).toBe("Appeler le matin\nPortail : 1234");
  });

  it("takes a contact with an email and no name, or a name and no email", () => {
    const byEmail = parseImportRow(row({ name: "Kerjean", contactEmail: " Accueil@Kerjean.FR " }), FR);
    expect(byEmail.ok && byEmail.value.contact).toMatchObject({ firstName: "", lastName: "", email: "accueil@kerjean.fr" });
    const byName = parseImportRow(row({ name: "Kerjean", contactLastName: "Morvan" }), FR);
    expect(byName.ok && byName.value.contact).toMatchObject({ firstName: "", lastName: "Morvan", email: null });
  });

  it("reports every problem of a row in one go, with reasons a person can act on", () => {
    expect(parseImportRow(row({ line: 7, name: "X", country: "Narnia", contactJobTitle: "Boss", contactPhone: "02 98 12", contactMobile: "+44 7700 900123 0000", contactRoles: "chef", contactLocale: "de" }), FR)).toEqual({
      ok: false,
      errors: [
        { line: 7, field: "name", message: "nameTooShort" },
        { line: 7, field: "country", message: "countryUnknown?value=Narnia" },
        { line: 7, field: "contactLastName", message: "contactNoNameOrEmail" },
        { line: 7, field: "contactPhone", message: "phoneTooShort?country=FR&code=%2B33" },
        { line: 7, field: "contactMobile", message: "phoneTooLong?country=GB&code=%2B44" },
        { line: 7, field: "contactRoles", message: "roleUnknown?value=chef" },
        { line: 7, field: "contactLocale", message: "localeUnknown?value=de" },
      ],
    });
  });

  it.each([
    ["jean.dupont@kerjean", "emailNoDomainEnding"],
    ["jean.dupont.kerjean.fr", "emailNoAt"],
    ["jean dupont@kerjean.fr", "emailSpaces"],
    ["a@kerjean.fr; b@kerjean.fr", "emailSeveral"],
    ["@kerjean.fr", "emailNoName"],
  ])("says what is wrong with the email %s", (email, message) => {
    expect(parseImportRow(row({ name: "Kerjean", contactName: "Jean Dupont", contactEmail: email }), GB)).toEqual({ ok: false, errors: [{ line: 2, field: "contactEmail", message }] });
  });

  it.each([
    ["0113 496 0000 ext 12", "phoneExtension"],
    ["ask reception", "phoneNotANumber"],
    ["0113 49", "phoneTooShort?country=GB&code=%2B44"],
    ["+1 212 555", "phoneTooShort?country=US&code=%2B1"],
  ])("says what is wrong with the phone %s", (phone, message) => {
    expect(parseImportRow(row({ name: "Harbour Dental", contactName: "Olivia Grant", contactPhone: phone }), GB)).toEqual({ ok: false, errors: [{ line: 2, field: "contactPhone", message }] });
  });

  it("needs a company name on every row", () => {
    expect(parseImportRow(row({ contactName: "Olivia Grant" }), GB)).toEqual({ ok: false, errors: [{ line: 2, field: "name", message: "nameMissing" }] });
  });
});
