/**
 * Accounts: the customer companies of a tenant. Lists are paginated and sorted in the
 * database; the page is one query for the rows and one for the count, whatever the size.
 * Status is never written from input: `recomputeAccountStatus` derives it.
 */
import type { Prisma } from "@/generated/prisma/client";
import { recordActivity } from "@/server/activity/record";
import { tenantTransaction, type TenantDb, type TenantTx } from "@/server/db/tenant";
import type { TenantRef } from "@/server/db/tenant-context";
import { fieldError, notFound } from "@/server/errors";
import type { AccountFields, ListAccountsInput } from "@/server/routers/crm/accounts.schema";
import { deriveAccountStatus } from "./account-status";
import { assertBillingAccountAllowed } from "./billing-account";

const insensitive = (v: string) => ({ contains: v, mode: "insensitive" as const });

function searchFilter(search: string): Prisma.AccountWhereInput {
  if (!search) return {};
  const digits = search.replace(/\D/g, "").replace(/^0+/, "");
  const phone = digits.length >= 4 ? [{ phone: { contains: digits } }, { mobile: { contains: digits } }] : [];
  return {
    OR: [
      { name: insensitive(search) },
      { contacts: { some: { OR: [{ firstName: insensitive(search) }, { lastName: insensitive(search) }, { email: insensitive(search) }, ...phone] } } },
    ],
  };
}

export async function listAccounts(db: TenantDb, q: ListAccountsInput) {
  const where: Prisma.AccountWhereInput = {
    ...(q.status ? { status: q.status } : {}),
    ...(q.ownerId ? { salesRepId: q.ownerId } : {}),
    ...searchFilter(q.search),
  };
  const [rows, total] = await Promise.all([
    db.account.findMany({
      where,
      orderBy: [{ [q.sort]: q.dir }, { id: "asc" }],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      select: { id: true, name: true, status: true, createdAt: true, salesRep: { select: { id: true, user: { select: { name: true } } } } },
    }),
    db.account.count({ where }),
  ]);
  // Counted for this page's accounts only: Prisma's relation _count aggregates whole tables.
  const ids = rows.map((r) => r.id);
  const [contacts, deals] = await Promise.all([
    db.contact.groupBy({ by: ["accountId"], where: { accountId: { in: ids } }, _count: { _all: true } }),
    db.deal.groupBy({ by: ["accountId"], where: { accountId: { in: ids } }, _count: { _all: true } }),
  ]);
  const count = (groups: { accountId: string; _count: { _all: number } }[]) => new Map(groups.map((g) => [g.accountId, g._count._all]));
  const [contactsOf, dealsOf] = [count(contacts), count(deals)];
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      status: r.status,
      createdAt: r.createdAt,
      owner: r.salesRep ? { id: r.salesRep.id, name: r.salesRep.user.name } : null,
      contacts: contactsOf.get(r.id) ?? 0,
      deals: dealsOf.get(r.id) ?? 0,
    })),
  };
}

/** Walks the payer chain up from `start` (a few hops at most) for the cycle check. */
async function payerChain(tx: TenantTx, start: string | null): Promise<Map<string, string | null>> {
  const payerOf = new Map<string, string | null>();
  let at = start;
  while (at && !payerOf.has(at) && payerOf.size < 100) {
    const row = await tx.account.findFirst({ where: { id: at }, select: { billingAccountId: true } });
    if (!row) throw fieldError("billingAccountId", "billingAccountUnknown");
    payerOf.set(at, row.billingAccountId);
    at = row.billingAccountId;
  }
  return payerOf;
}

async function assertMembers(tx: TenantTx, f: Pick<AccountFields, "salesRepId" | "salesAdminId" | "technicianId">) {
  for (const field of ["salesRepId", "salesAdminId", "technicianId"] as const) {
    const id = f[field];
    if (id && !(await tx.membership.findFirst({ where: { id }, select: { id: true } }))) throw fieldError(field, "memberUnknown");
  }
}

const toData = (f: AccountFields) => ({
  ...f,
  billingAddress: f.billingAddress ?? undefined,
  siteAddress: f.siteAddress ?? undefined,
});

export function createAccount(tenant: TenantRef, actorId: string, f: AccountFields) {
  return tenantTransaction(tenant.id, async (tx) => {
    await assertMembers(tx, f);
    if (f.billingAccountId) await payerChain(tx, f.billingAccountId);
    const account = await tx.account.create({ data: { tenantId: tenant.id, ...toData(f) }, select: { id: true, name: true } });
    await recordActivity(tx, { tenantId: tenant.id, actorId, action: "account.created", entityType: "Account", entityId: account.id, after: { name: f.name } });
    return account;
  });
}

export function updateAccount(tenant: TenantRef, actorId: string, id: string, f: AccountFields) {
  return tenantTransaction(tenant.id, async (tx) => {
    const before = await tx.account.findFirst({ where: { id }, select: { name: true, billingAccountId: true, salesRepId: true, salesAdminId: true, technicianId: true, vatNumber: true, registrationNumber: true } });
    if (!before) throw notFound("This account");
    await assertMembers(tx, f);
    assertBillingAccountAllowed(id, f.billingAccountId, await payerChain(tx, f.billingAccountId));
    await tx.account.update({ where: { tenantId_id: { tenantId: tenant.id, id } }, data: toData(f) });
    const after = { name: f.name, billingAccountId: f.billingAccountId, salesRepId: f.salesRepId, salesAdminId: f.salesAdminId, technicianId: f.technicianId, vatNumber: f.vatNumber, registrationNumber: f.registrationNumber };
    await recordActivity(tx, { tenantId: tenant.id, actorId, action: "account.updated", entityType: "Account", entityId: id, before, after });
    return { id };
  });
}

/** Re-derives an account's status from its deals and subscriptions; records a change. */
export async function recomputeAccountStatus(tx: TenantTx, tenantId: string, accountId: string, actorId: string | null) {
  const account = await tx.account.findFirstOrThrow({
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
  await tx.account.update({ where: { tenantId_id: { tenantId, id: accountId } }, data: { status } });
  await recordActivity(tx, { tenantId, actorId, action: "account.status-changed", entityType: "Account", entityId: accountId, before: { status: account.status }, after: { status } });
  return status;
}
