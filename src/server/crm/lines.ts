/**
 * Service lines of a deal: a service type at a price, with the attribute values installation
 * will need, validated against the type's schema. Only open deals' lines change.
 */
import type { Prisma } from "@/generated/prisma/client";
import { recordActivity } from "@/server/activity/record";
import type { TenantDb } from "@/server/db/tenant";
import { AppError, fieldError, notFound } from "@/server/errors";
import type { LineFields } from "@/server/routers/crm/deals.schema";
import { attributeSchema, validateAttributes } from "./attributes";
import { assertEditable, lockDeal } from "./deals";
import { assertCurrency } from "./money";

async function checkedLineData(db: TenantDb, dealCurrency: string, f: LineFields) {
  const type = await db.serviceType.findFirst({ where: { id: f.serviceTypeId }, select: { currency: true, archived: true, attributeSchema: true } });
  if (!type || type.archived) throw fieldError("serviceTypeId", "serviceTypeUnknown");
  assertCurrency(dealCurrency, type.currency);
  const attrs = validateAttributes(attributeSchema.parse(type.attributeSchema), f.attributes);
  if (!attrs.ok) {
    throw new AppError("INVALID_INPUT", "Some attribute values do not fit the service type.", Object.fromEntries(Object.entries(attrs.errors).map(([k, v]) => [`attributes.${k}`, [v]])));
  }
  if (f.billingAccountId && !(await db.account.findFirst({ where: { id: f.billingAccountId }, select: { id: true } }))) {
    throw fieldError("billingAccountId", "billingAccountUnknown");
  }
  return { ...f, attributes: attrs.values as Prisma.InputJsonValue };
}

export async function addLine(db: TenantDb, actorId: string, dealId: string, f: LineFields) {
  const deal = await lockDeal(db, dealId);
  assertEditable(deal);
  const data = await checkedLineData(db, deal.currency, f);
  const position = await db.serviceLine.count({ where: { dealId } });
  const line = await db.serviceLine.create({ data: { tenantId: db.tenantId, dealId, position, ...data }, select: { id: true } });
  await recordActivity(db, { actorId, action: "deal.line-added", entityType: "Deal", entityId: dealId, after: { lineId: line.id, ...f } as Prisma.InputJsonValue });
  return line;
}

async function lineAndDeal(db: TenantDb, id: string) {
  const line = await db.serviceLine.findFirst({ where: { id } });
  if (!line) throw notFound("This service line");
  const deal = await lockDeal(db, line.dealId);
  assertEditable(deal);
  return { line, deal };
}

export async function updateLine(db: TenantDb, actorId: string, id: string, f: LineFields) {
  const { line, deal } = await lineAndDeal(db, id);
  const data = await checkedLineData(db, deal.currency, f);
  await db.serviceLine.update({ where: { tenantId_id: { tenantId: db.tenantId, id } }, data });
  const before = { serviceTypeId: line.serviceTypeId, quantity: line.quantity, unitPrice: line.unitPrice.toFixed(2), frequency: line.frequency, commitmentMonths: line.commitmentMonths, attributes: line.attributes as Prisma.InputJsonValue };
  await recordActivity(db, { actorId, action: "deal.line-updated", entityType: "Deal", entityId: deal.id, before, after: { lineId: id, ...f } as Prisma.InputJsonValue });
  return { id };
}

export async function removeLine(db: TenantDb, actorId: string, id: string) {
  const { line, deal } = await lineAndDeal(db, id);
  await db.serviceLine.delete({ where: { tenantId_id: { tenantId: db.tenantId, id } } });
  await recordActivity(db, { actorId, action: "deal.line-removed", entityType: "Deal", entityId: deal.id, before: { lineId: id, serviceTypeId: line.serviceTypeId, quantity: line.quantity, unitPrice: line.unitPrice.toFixed(2) } });
  return { id };
}
