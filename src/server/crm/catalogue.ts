/** The service catalogue: what a tenant sells, priced, with the attributes a line carries. */
import { Prisma } from "@/generated/prisma/client";
import { recordActivity } from "@/server/activity/record";
import type { TenantDb } from "@/server/db/tenant";
import { fieldError, notFound } from "@/server/errors";
import type { ServiceTypeFields } from "@/server/routers/crm/deals.schema";
import { attributeSchema } from "./attributes";

export async function listServiceTypes(db: TenantDb) {
  const rows = await db.serviceType.findMany({
    orderBy: [{ archived: "asc" }, { name: "asc" }],
    include: { _count: { select: { lines: true } } },
  });
  return rows.map(({ _count, defaultUnitPrice, attributeSchema: schema, ...r }) => ({
    ...r,
    defaultUnitPrice: defaultUnitPrice.toFixed(2),
    attributeSchema: attributeSchema.parse(schema),
    lines: _count.lines,
  }));
}

const nameTaken = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

export async function saveServiceType(db: TenantDb, actorId: string, id: string | null, f: ServiceTypeFields) {
  try {
    const data = { ...f, attributeSchema: f.attributeSchema as Prisma.InputJsonValue };
    if (id) {
      const before = await db.serviceType.findFirst({ where: { id }, select: { name: true, defaultUnitPrice: true, requiresInstallation: true, archived: true, currency: true, _count: { select: { lines: true } } } });
      if (!before) throw notFound("This service type");
      // Lines are priced in their deal's currency: moving the type to another would strand them.
      if (before.currency !== f.currency && before._count.lines > 0) throw fieldError("currency", "currencyInUse");
      await db.serviceType.update({ where: { tenantId_id: { tenantId: db.tenantId, id } }, data });
      await recordActivity(db, { actorId, action: "service-type.updated", entityType: "ServiceType", entityId: id, before: { name: before.name, requiresInstallation: before.requiresInstallation, archived: before.archived, defaultUnitPrice: before.defaultUnitPrice.toFixed(2) }, after: { name: f.name, defaultUnitPrice: f.defaultUnitPrice, requiresInstallation: f.requiresInstallation, archived: f.archived } });
      return { id };
    }
    const created = await db.serviceType.create({ data: { tenantId: db.tenantId, ...data }, select: { id: true } });
    await recordActivity(db, { actorId, action: "service-type.created", entityType: "ServiceType", entityId: created.id, after: { name: f.name } });
    return created;
  } catch (e) {
    if (nameTaken(e)) throw fieldError("name", "serviceTypeNameTaken", "CONFLICT");
    throw e;
  }
}
