/**
 * CSV import of accounts and contacts. Each row is validated with the same schemas as the
 * forms; a check run says, per row and field, what is wrong. Committing imports every valid
 * row in one transaction (rows naming the same account — or an existing one — share it) and
 * nothing of the rejected rows, which the person downloads to fix.
 */
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { recordActivity } from "@/server/activity/record";
import type { TenantDb } from "@/server/db/tenant";
import { accountFields, contactFields, type AccountFields, type ContactFields } from "@/server/routers/crm/accounts.schema";
import type { ImportRow } from "@/server/routers/crm/import.schema";
import { normalizePhone } from "./phone";

export type ImportError = { row: number; field: string; message: string };
type ParsedRow = { account: AccountFields; contact: (ContactFields & { phone: string | null; mobile: string | null }) | null };

const hasContact = (r: ImportRow) => [r.contactFirstName, r.contactLastName, r.contactEmail, r.contactPhone, r.contactMobile].some((v) => v.trim());

/** Pure: one row to the fields the forms would have sent, or its errors (row numbers from 1). */
export function parseImportRow(r: ImportRow, row: number, country: string): { ok: true; value: ParsedRow } | { ok: false; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const address = r.addressLine1.trim() || r.city.trim() || r.postalCode.trim()
    ? { line1: r.addressLine1, line2: null, postalCode: r.postalCode, city: r.city, country: (r.country.trim() || country).toUpperCase() }
    : null;
  const account = accountFields.safeParse({ name: r.name, registrationNumber: r.registrationNumber, vatNumber: r.vatNumber, billingAddress: address });
  if (!account.success) for (const i of account.error.issues) errors.push({ row, field: i.path[0] === "billingAddress" ? String(i.path[1] === "line1" ? "addressLine1" : i.path[1]) : String(i.path[0]), message: i.message });

  let contact: ParsedRow["contact"] = null;
  if (hasContact(r)) {
    const roles = r.contactRoles.split(/[;,|]/).map((x) => x.trim().toUpperCase().replace(/[\s-]+/g, "_")).filter(Boolean);
    const parsed = contactFields.safeParse({
      firstName: r.contactFirstName,
      lastName: r.contactLastName,
      email: r.contactEmail,
      phone: r.contactPhone,
      mobile: r.contactMobile,
      jobTitle: null,
      roles,
      locale: r.contactLocale.trim().toLowerCase() || (country === "FR" ? "fr" : "en"),
    });
    const fieldName: Record<string, string> = { firstName: "contactFirstName", lastName: "contactLastName", email: "contactEmail", roles: "contactRoles", locale: "contactLocale" };
    if (!parsed.success) for (const i of parsed.error.issues) errors.push({ row, field: fieldName[String(i.path[0])] ?? String(i.path[0]), message: i.message });
    // Phones are checked whatever else is wrong, so one round of fixes is enough.
    const phones = { phone: null as string | null, mobile: null as string | null };
    for (const [key, field, raw] of [["phone", "contactPhone", r.contactPhone], ["mobile", "contactMobile", r.contactMobile]] as const) {
      if (!raw.trim()) continue;
      const n = normalizePhone(raw, country);
      if (n.ok) phones[key] = n.e164;
      else errors.push({ row, field, message: n.error });
    }
    if (parsed.success) contact = { ...parsed.data, ...phones };
  }
  if (errors.length || !account.success) return { ok: false, errors };
  return { ok: true, value: { account: account.data, contact } };
}

export async function importAccounts(db: TenantDb, actorId: string, rows: ImportRow[], commit: boolean) {
  const parsed = rows.map((r, i) => parseImportRow(r, i + 1, db.tenantRef.country));
  const errors = parsed.flatMap((p) => (p.ok ? [] : p.errors));
  const valid = parsed.flatMap((p) => (p.ok ? [p.value] : []));
  const summary = { rows: rows.length, valid: valid.length, rejected: rows.length - valid.length, errors, accountsCreated: 0, accountsMatched: 0, contactsCreated: 0 };
  if (!commit || valid.length === 0) return summary;

  const names = [...new Set(valid.map((v) => v.account.name))];
  const existing = await db.account.findMany({ where: { name: { in: names, mode: "insensitive" } }, select: { id: true, name: true } });
  const idByName = new Map(existing.map((a) => [a.name.toLowerCase(), a.id]));
  const newAccounts: Prisma.AccountCreateManyInput[] = [];
  for (const v of valid) {
    const key = v.account.name.toLowerCase();
    if (idByName.has(key)) continue;
    const id = randomUUID();
    idByName.set(key, id);
    newAccounts.push({ tenantId: db.tenantId, id, ...v.account, billingAddress: v.account.billingAddress ?? undefined, siteAddress: undefined });
  }
  const contacts: Prisma.ContactCreateManyInput[] = valid.flatMap((v) =>
    v.contact ? [{ tenantId: db.tenantId, accountId: idByName.get(v.account.name.toLowerCase())!, ...v.contact }] : [],
  );
  await db.account.createMany({ data: newAccounts });
  await db.contact.createMany({ data: contacts });
  await db.activity.createMany({
    data: newAccounts.map((a) => ({ tenantId: db.tenantId, actorId, action: "account.imported", entityType: "Account", entityId: a.id!, after: { name: a.name } })),
  });
  await recordActivity(db, { actorId, action: "accounts.import", entityType: "Tenant", entityId: db.tenantId, after: { rows: rows.length, accounts: newAccounts.length, contacts: contacts.length, rejected: summary.rejected } });
  return { ...summary, accountsCreated: newAccounts.length, accountsMatched: existing.length, contactsCreated: contacts.length };
}
