/** Everything the deal page shows: the deal, its lines with their types, totals and history. */
import { withActorNames } from "@/server/activity/names";
import type { TenantDb } from "@/server/db/tenant";
import { notFound } from "@/server/errors";
import { attributeSchema } from "./attributes";
import { totalsOf } from "./line-money";

/** Whether this tenant has the deal: the deal page answers 404 before rendering otherwise. */
export async function dealExists(db: TenantDb, id: string): Promise<boolean> {
  return (await db.deal.count({ where: { id } })) > 0;
}

export async function getDeal(db: TenantDb, id: string) {
  const deal = await db.deal.findFirst({
    where: { id },
    include: {
      account: { select: { id: true, name: true, billingAccountId: true, billingAccount: { select: { id: true, name: true } } } },
      owner: { select: { id: true, user: { select: { name: true } } } },
      lines: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        include: {
          serviceType: { select: { id: true, name: true, requiresInstallation: true, attributeSchema: true } },
          billingAccount: { select: { id: true, name: true } },
          subscription: { select: { id: true, status: true, startDate: true } },
        },
      },
    },
  });
  if (!deal) throw notFound("This deal");
  const activity = await withActorNames(db, await db.activity.findMany({ where: { entityType: "Deal", entityId: id }, orderBy: { createdAt: "desc" }, take: 50 }));
  return {
    id: deal.id,
    name: deal.name,
    stage: deal.stage,
    currency: deal.currency,
    targetCloseDate: deal.targetCloseDate.toISOString().slice(0, 10),
    wonAt: deal.wonAt,
    lostReason: deal.lostReason,
    notes: deal.notes,
    account: deal.account,
    owner: deal.owner ? { id: deal.owner.id, name: deal.owner.user.name } : null,
    lines: deal.lines.map((l) => ({
      id: l.id,
      serviceType: { ...l.serviceType, attributeSchema: attributeSchema.parse(l.serviceType.attributeSchema) },
      quantity: l.quantity,
      unitPrice: l.unitPrice.toFixed(2),
      frequency: l.frequency,
      commitmentMonths: l.commitmentMonths,
      attributes: l.attributes as Record<string, string | number | boolean>,
      billingAccount: l.billingAccount,
      subscription: l.subscription,
      ...totalsOf([l]),
    })),
    totals: totalsOf(deal.lines),
    activity,
  };
}
