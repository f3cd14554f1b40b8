/**
 * CSV import of accounts and contacts. A check (`commit: false`) runs exactly what the import
 * will do and says it: rows ready, rows rejected (with their row number and a reason), rows
 * that repeat a record (see duplicates.ts). Committing writes every valid row in the request's
 * one transaction — set-based: one query finds the existing accounts a 5,000-row file could
 * match, one the contacts of those, then createMany and one UPDATE … FROM unnest per table —
 * and nothing of the rejected rows, which the person downloads, fixes and imports again.
 */
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { Locale } from "@/generated/prisma/enums";
import type { TenantDb } from "@/server/db/tenant";
import { addressInput } from "@/server/routers/crm/accounts.schema";
import type { ImportAccountsInput } from "@/server/routers/crm/import.schema";
import { accountKeys, planImport, same, type ExistingAccount, type ImportPlan } from "./duplicates";
import { parseImportRow, type ImportAccount, type ImportContact, type ImportRecord } from "./rows";

/** The accounts (with their contacts) that rows of the file could be the same company as. */
async function existingMatches(db: TenantDb, records: readonly ImportRecord[]): Promise<ExistingAccount[]> {
  if (records.length === 0) return [];
  const keys = records.map((r) => accountKeys(r.account));
  const names = [...new Set(keys.map((k) => k.name))];
  const regs = [...new Set(keys.flatMap((k) => (k.reg ? [k.reg] : [])))];
  const vats = [...new Set(keys.flatMap((k) => (k.vat ? [k.vat] : [])))];
  // Normalised in SQL as accountKeys does in JS, so the candidates come in one indexed pass.
  const accounts = await db.$queryRaw<Array<{ id: string; name: string; registrationNumber: string | null; vatNumber: string | null; billingAddress: unknown; notes: string }>>`
    SELECT id, name, "registrationNumber", "vatNumber", "billingAddress", notes FROM "Account"
    WHERE "tenantId" = current_tenant_id() AND (
      lower(regexp_replace(btrim(name), '\\s+', ' ', 'g')) = ANY(${names}::text[])
      OR upper(regexp_replace(coalesce("registrationNumber", ''), '[^[:alnum:]]', '', 'g')) = ANY(${regs}::text[])
      OR upper(regexp_replace(coalesce("vatNumber", ''), '[^[:alnum:]]', '', 'g')) = ANY(${vats}::text[]))
    ORDER BY "createdAt", id`;
  const contacts = accounts.length
    ? await db.contact.findMany({
        where: { accountId: { in: accounts.map((a) => a.id) } },
        select: { id: true, accountId: true, firstName: true, lastName: true, email: true, phone: true, mobile: true, jobTitle: true, roles: true, locale: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      })
    : [];
  return accounts.map((a) => {
    const stored = addressInput.safeParse(a.billingAddress);
    return {
      ...a,
      billingAddress: stored.success ? stored.data : null,
      contacts: contacts.filter((c) => c.accountId === a.id).map(({ accountId: _, email, ...c }) => ({ ...c, email: email?.toLowerCase() ?? null })),
    };
  });
}

const accountData = (a: ImportAccount) => ({ ...a, billingAddress: a.billingAddress ?? Prisma.DbNull });

/** The changed fields only, for the activity row. */
function changed<T extends object>(before: T, after: T): { before: Prisma.InputJsonObject; after: Prisma.InputJsonObject } {
  const keys = (Object.keys(after) as Array<keyof T>).filter((k) => !same(before[k], after[k]));
  const pick = (o: T) => Object.fromEntries(keys.map((k) => [k, (o[k] ?? null) as Prisma.InputJsonValue | null])) as Prisma.InputJsonObject;
  return { before: pick(before), after: pick(after) };
}

async function write(db: TenantDb, actorId: string, plan: ImportPlan) {
  const created = plan.create.map((c) => ({ id: randomUUID(), ...c }));
  const newContacts = [...created.flatMap((a) => a.contacts.map((c) => ({ accountId: a.id, ...c }))), ...plan.update.flatMap((u) => u.newContacts.map((c) => ({ accountId: u.id, ...c })))];
  const filled = plan.update.flatMap((u) => u.filledContacts);
  await db.account.createMany({ data: created.map((a) => ({ tenantId: db.tenantId, id: a.id, ...accountData(a.account) })) });
  await db.contact.createMany({ data: newContacts.map((c) => ({ tenantId: db.tenantId, ...c })) });

  const accounts = plan.update.filter((u) => !same(u.before, u.after));
  if (accounts.length) {
    await db.$executeRaw`
      UPDATE "Account" a SET "registrationNumber" = v.reg, "vatNumber" = v.vat, "billingAddress" = v.addr::jsonb, notes = v.notes, "updatedAt" = now()
      FROM unnest(${accounts.map((u) => u.id)}::uuid[], ${accounts.map((u) => u.after.registrationNumber)}::text[], ${accounts.map((u) => u.after.vatNumber)}::text[],
                  ${accounts.map((u) => (u.after.billingAddress ? JSON.stringify(u.after.billingAddress) : null))}::text[], ${accounts.map((u) => u.after.notes)}::text[]) AS v(id, reg, vat, addr, notes)
      WHERE a."tenantId" = current_tenant_id() AND a.id = v.id`;
  }
  if (filled.length) {
    const col = <K extends keyof ImportContact>(k: K) => filled.map((f) => f.after[k]);
    await db.$executeRaw`
      UPDATE "Contact" c SET "firstName" = v.first, "lastName" = v.last, email = v.email, phone = v.phone, mobile = v.mobile, "jobTitle" = v.job,
             roles = v.roles::"ContactRole"[], "updatedAt" = now()
      FROM unnest(${filled.map((f) => f.id)}::uuid[], ${col("firstName")}::text[], ${col("lastName")}::text[], ${col("email")}::text[], ${col("phone")}::text[],
                  ${col("mobile")}::text[], ${col("jobTitle")}::text[], ${filled.map((f) => `{${f.after.roles.join(",")}}`)}::text[]) AS v(id, first, last, email, phone, mobile, job, roles)
      WHERE c."tenantId" = current_tenant_id() AND c.id = v.id`;
  }

  const entry = (action: string, entityType: string, entityId: string, extra: { before?: Prisma.InputJsonObject; after?: Prisma.InputJsonObject }) => ({ tenantId: db.tenantId, actorId, action, entityType, entityId, ...extra });
  await db.activity.createMany({
    data: [
      ...created.map((a) => entry("account.imported", "Account", a.id, { after: { name: a.account.name, contacts: a.contacts.length } })),
      ...plan.update.map((u) => {
        const diff = changed(u.before, u.after);
        return entry("account.import-merged", "Account", u.id, { before: diff.before, after: { ...diff.after, contactsAdded: u.newContacts.length } });
      }),
      ...filled.map((f) => entry("contact.import-merged", "Contact", f.id, changed(f.before, f.after))),
      entry("accounts.import", "Tenant", db.tenantId, { after: { accounts: created.length, merged: plan.accountsMerged, contacts: newContacts.length, skipped: plan.skipped } }),
    ],
  });
  return { accountsCreated: created.length, contactsCreated: newContacts.length, contactsMerged: filled.length };
}

export async function importAccounts(db: TenantDb, actorId: string, input: ImportAccountsInput) {
  const place = { country: db.tenantRef.country, locale: db.tenantRef.locale as Locale };
  const parsed = input.rows.map((r) => parseImportRow(r, place));
  const errors = parsed.flatMap((p) => (p.ok ? [] : p.errors));
  const records = parsed.flatMap((p) => (p.ok ? [p.value] : []));
  const plan = planImport(records, await existingMatches(db, records), new Set(input.skip));
  const summary = { rows: input.rows.length, valid: records.length, rejected: input.rows.length - records.length, errors, duplicates: plan.duplicates, accountsMerged: plan.accountsMerged, skipped: plan.skipped };
  if (!input.commit) {
    const contacts = plan.create.reduce((n, c) => n + c.contacts.length, 0) + plan.update.reduce((n, u) => n + u.newContacts.length, 0);
    return { ...summary, committed: false, accountsCreated: plan.create.length, contactsCreated: contacts, contactsMerged: plan.update.reduce((n, u) => n + u.filledContacts.length, 0) };
  }
  // Nothing new (the same file again, every repeat skipped): nothing is written, not even history.
  if (plan.create.length === 0 && plan.update.length === 0) return { ...summary, committed: true, accountsCreated: 0, contactsCreated: 0, contactsMerged: 0 };
  return { ...summary, committed: true, ...(await write(db, actorId, plan)) };
}
