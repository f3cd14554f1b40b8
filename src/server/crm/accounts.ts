/**
 * Accounts: the customer companies of a tenant (the list is in account-list.ts). Status is
 * never written from input: `recomputeAccountStatus` derives it.
 */
import { Prisma } from "@/generated/prisma/client";
import { recordActivity } from "@/server/activity/record";
import type { TenantDb } from "@/server/db/tenant";
import { fieldError, notFound } from "@/server/errors";
import type { AccountFields } from "@/server/routers/crm/accounts.schema";
import { deriveAccountStatus } from "./account-status";
import { assertBillingAccountAllowed } from "./billing-account";

/** Walks the payer chain up from `start` (a few hops at most) for the cycle check. */
async function payerChain(db: TenantDb, start: string | null): Promise<Map<string, string | null>> {
  const payerOf = new Map<string, string | null>();
  let at = start;
  while (at && !payerOf.has(at) && payerOf.size < 100) {
    const row = await db.account.findFirst({ where: { id: at }, select: { billingAccountId: true } });
    if (!row) throw fieldError("billingAccountId", "billingAccountUnknown");
    payerOf.set(at, row.billingAccountId);
    at = row.billingAccountId;
  }
  return payerOf;
}

async function assertMembers(db: TenantDb, f: Pick<AccountFields, "salesRepId" | "salesAdminId" | "technicianId">) {
  for (const field of ["salesRepId", "salesAdminId", "technicianId"] as const) {
    const id = f[field];
    if (id && !(await db.membership.findFirst({ where: { id }, select: { id: true } }))) throw fieldError(field, "memberUnknown");
  }
}

// No address is SQL NULL: `undefined` would leave a removed address in place.
const toData = (f: AccountFields) => ({
  ...f,
  billingAddress: f.billingAddress ?? Prisma.DbNull,
  siteAddress: f.siteAddress ?? Prisma.DbNull,
});

export async function createAccount(db: TenantDb, actorId: string, f: AccountFields) {
  await assertMembers(db, f);
  if (f.billingAccountId) await payerChain(db, f.billingAccountId);
  const account = await db.account.create({ data: { tenantId: db.tenantId, ...toData(f) }, select: { id: true, name: true } });
  await recordActivity(db, { actorId, action: "account.created", entityType: "Account", entityId: account.id, after: { name: f.name } });
  return account;
}

export async function updateAccount(db: TenantDb, actorId: string, id: string, f: AccountFields) {
  const before = await db.account.findFirst({ where: { id }, select: { name: true, billingAccountId: true, salesRepId: true, salesAdminId: true, technicianId: true, vatNumber: true, registrationNumber: true } });
  if (!before) throw notFound("This account");
  await assertMembers(db, f);
  assertBillingAccountAllowed(id, f.billingAccountId, await payerChain(db, f.billingAccountId));
  await db.account.update({ where: { tenantId_id: { tenantId: db.tenantId, id } }, data: toData(f) });
  const after = { name: f.name, billingAccountId: f.billingAccountId, salesRepId: f.salesRepId, salesAdminId: f.salesAdminId, technicianId: f.technicianId, vatNumber: f.vatNumber, registrationNumber: f.registrationNumber };
  await recordActivity(db, { actorId, action: "account.updated", entityType: "Account", entityId: id, before, after });
  return { id };
}

/** The account's notes, kept as typed (plain text, line breaks and all); read-only roles never reach here. */
export async function updateAccountNotes(db: TenantDb, actorId: string, id: string, notes: string) {
  const before = await db.account.findFirst({ where: { id }, select: { notes: true } });
  if (!before) throw notFound("This account");
  if (before.notes === notes) return { id, notes };
  await db.account.update({ where: { tenantId_id: { tenantId: db.tenantId, id } }, data: { notes } });
  await recordActivity(db, { actorId, action: "account.notes-updated", entityType: "Account", entityId: id, before, after: { notes } });
  return { id, notes };
}

/** Re-derives an account's status from its deals and subscriptions; records a change. */
export async function recomputeAccountStatus(db: TenantDb, accountId: string, actorId: string | null) {
  const account = await db.account.findFirstOrThrow({
    where: { id: accountId },
    select: {
      status: true,
      subscriptions: { select: { status: true, startDate: true, serviceLine: { select: { dealId: true } } } },
      _count: { select: { deals: { where: { stage: "WON" } } } },
    },
  });
  const subscriptions = account.subscriptions.map((s) => ({ status: s.status, startDate: s.startDate, dealId: s.serviceLine.dealId }));
  const status = deriveAccountStatus({ hasWonDeal: account._count.deals > 0, subscriptions });
  if (status === account.status) return status;
  await db.account.update({ where: { tenantId_id: { tenantId: db.tenantId, id: accountId } }, data: { status } });
  await recordActivity(db, { actorId, action: "account.status-changed", entityType: "Account", entityId: accountId, before: { status: account.status }, after: { status } });
  return status;
}
