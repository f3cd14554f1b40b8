/**
 * Service lines of a deal: a service type at a price, with the attribute values installation
 * will need, validated against the type's schema. Only open deals' lines change.
 */
import type { Prisma } from "@/generated/prisma/client";
import { recordActivity } from "@/server/activity/record";
import { tenantTransaction, type TenantTx } from "@/server/db/tenant";
import { AppError, fieldError, notFound } from "@/server/errors";
import type { LineFields } from "@/server/routers/crm/deals.schema";
import { attributeSchema, validateAttributes } from "./attributes";
import { assertEditable, lockDeal } from "./deals";
import { assertCurrency } from "./money";

async function checkedLineData(tx: TenantTx, dealCurrency: string, f: LineFields) {
  const type = await tx.serviceType.findFirst({ where: { id: f.serviceTypeId }, select: { currency: true, archived: true, attributeSchema: true } });
  if (!type || type.archived) throw fieldError("serviceTypeId", "serviceTypeUnknown");
  assertCurrency(dealCurrency, type.currency);
  const attrs = validateAttributes(attributeSchema.parse(type.attributeSchema), f.attributes);
  if (!attrs.ok) {
    throw new AppError("INVALID_INPUT", "Some attribute values do not fit the service type.", Object.fromEntries(Object.entries(attrs.errors).map(([k, v]) => [`attributes.${k}`, [v]])));
  }
  if (f.billingAccountId && !(await tx.account.findFirst({ where: { id: f.billingAccountId }, select: { id: true } }))) {
    throw fieldError("billingAccountId", "billingAccountUnknown");
  }
  return { ...f, attributes: attrs.values as Prisma.InputJsonValue };
}

export function addLine(tenantId: string, actorId: string, dealId: string, f: LineFields) {
  return tenantTransaction(tenantId, async (tx) => {
    const deal = await lockDeal(tx, dealId);
    assertEditable(deal);
    const data = await checkedLineData(tx, deal.currency, f);
    const position = await tx.serviceLine.count({ where: { dealId } });
    const line = await tx.serviceLine.create({ data: { tenantId, dealId, position, ...data }, select: { id: true } });
    await recordActivity(tx, { tenantId, actorId, action: "deal.line-added", entityType: "Deal", entityId: dealId, after: { lineId: line.id, ...f } as Prisma.InputJsonValue });
    return line;
  });
}

async function lineAndDeal(tx: TenantTx, id: string) {
  const line = await tx.serviceLine.findFirst({ where: { id } });
  if (!line) throw notFound("This service line");
  const deal = await lockDeal(tx, line.dealId);
  assertEditable(deal);
  return { line, deal };
}

export function updateLine(tenantId: string, actorId: string, id: string, f: LineFields) {
  return tenantTransaction(tenantId, async (tx) => {
    const { line, deal } = await lineAndDeal(tx, id);
    const data = await checkedLineData(tx, deal.currency, f);
    await tx.serviceLine.update({ where: { tenantId_id: { tenantId, id } }, data });
    const before = { serviceTypeId: line.serviceTypeId, quantity: line.quantity, unitPrice: line.unitPrice.toFixed(2), frequency: line.frequency, commitmentMonths: line.commitmentMonths, attributes: line.attributes as Prisma.InputJsonValue };
    await recordActivity(tx, { tenantId, actorId, action: "deal.line-updated", entityType: "Deal", entityId: deal.id, before, after: { lineId: id, ...f } as Prisma.InputJsonValue });
    return { id };
  });
}

export function removeLine(tenantId: string, actorId: string, id: string) {
  return tenantTransaction(tenantId, async (tx) => {
    const { line, deal } = await lineAndDeal(tx, id);
    await tx.serviceLine.delete({ where: { tenantId_id: { tenantId, id } } });
    await recordActivity(tx, { tenantId, actorId, action: "deal.line-removed", entityType: "Deal", entityId: deal.id, before: { lineId: id, serviceTypeId: line.serviceTypeId, quantity: line.quantity, unitPrice: line.unitPrice.toFixed(2) } });
    return { id };
  });
}
