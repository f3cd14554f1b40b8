/** Everything the account page shows, in a handful of queries. */
import { withActorNames } from "@/server/activity/names";
import type { TenantDb } from "@/server/db/tenant";
import { notFound } from "@/server/errors";
import { lineMoneySelect, totalsOf } from "./line-money";

const lineMoney = { select: lineMoneySelect } as const;

/** Whether this tenant has the account: the account page answers 404 before rendering otherwise. */
export async function accountExists(db: TenantDb, id: string): Promise<boolean> {
  return (await db.account.count({ where: { id } })) > 0;
}

export async function getAccount(db: TenantDb, id: string) {
  const account = await db.account.findFirst({
    where: { id },
    include: {
      salesRep: { select: { id: true, user: { select: { name: true } } } },
      salesAdmin: { select: { id: true, user: { select: { name: true } } } },
      technician: { select: { id: true, user: { select: { name: true } } } },
      billingAccount: { select: { id: true, name: true } },
      payerFor: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      contacts: { orderBy: [{ active: "desc" }, { lastName: "asc" }] },
      deals: { orderBy: { createdAt: "desc" }, select: { id: true, name: true, stage: true, targetCloseDate: true, currency: true, lines: lineMoney } },
      subscriptions: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          status: true,
          startDate: true,
          endDate: true,
          billingAccount: { select: { id: true, name: true } },
          serviceLine: { select: { quantity: true, unitPrice: true, frequency: true, commitmentMonths: true, deal: { select: { id: true, name: true, currency: true } }, serviceType: { select: { name: true } } } },
        },
      },
    },
  });
  if (!account) throw notFound("This account");
  const entityIds = [account.id, ...account.contacts.map((c) => c.id), ...account.deals.map((d) => d.id)];
  const activity = await withActorNames(db, await db.activity.findMany({ where: { entityId: { in: entityIds } }, orderBy: { createdAt: "desc" }, take: 50 }));
  const person = (m: { id: string; user: { name: string } } | null) => (m ? { id: m.id, name: m.user.name } : null);

  return {
    id: account.id,
    name: account.name,
    status: account.status,
    registrationNumber: account.registrationNumber,
    vatNumber: account.vatNumber,
    billingAddress: account.billingAddress,
    siteAddress: account.siteAddress,
    notes: account.notes,
    salesRep: person(account.salesRep),
    salesAdmin: person(account.salesAdmin),
    technician: person(account.technician),
    billingAccount: account.billingAccount,
    payerFor: account.payerFor,
    contacts: account.contacts,
    deals: account.deals.map(({ lines, ...d }) => ({ ...d, ...totalsOf(lines) })),
    subscriptions: account.subscriptions.map((s) => ({
      id: s.id,
      status: s.status,
      startDate: s.startDate,
      endDate: s.endDate,
      billingAccount: s.billingAccount,
      serviceType: s.serviceLine.serviceType.name,
      deal: { id: s.serviceLine.deal.id, name: s.serviceLine.deal.name },
      currency: s.serviceLine.deal.currency,
      quantity: s.serviceLine.quantity,
      frequency: s.serviceLine.frequency,
      unitPrice: s.serviceLine.unitPrice.toFixed(2),
      mrr: totalsOf([s.serviceLine]).mrr,
    })),
    activity,
  };
}
