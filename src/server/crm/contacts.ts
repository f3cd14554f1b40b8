/** Contacts of an account: phone numbers stored in E.164, read with the tenant's country. */
import { recordActivity } from "@/server/activity/record";
import { tenantTransaction } from "@/server/db/tenant";
import type { TenantRef } from "@/server/db/tenant-context";
import { fieldError, notFound } from "@/server/errors";
import type { ContactFields } from "@/server/routers/crm/accounts.schema";
import { normalizePhone } from "./phone";

function phones(f: ContactFields, country: string) {
  const out: { phone: string | null; mobile: string | null } = { phone: null, mobile: null };
  for (const field of ["phone", "mobile"] as const) {
    const raw = f[field];
    if (!raw) continue;
    const n = normalizePhone(raw, country);
    if (!n.ok) throw fieldError(field, n.error);
    out[field] = n.e164;
  }
  return out;
}

export function createContact(tenant: TenantRef, actorId: string, accountId: string, f: ContactFields) {
  const data = { ...f, ...phones(f, tenant.country) };
  return tenantTransaction(tenant.id, async (tx) => {
    if (!(await tx.account.findFirst({ where: { id: accountId }, select: { id: true } }))) throw notFound("This account");
    const contact = await tx.contact.create({ data: { tenantId: tenant.id, accountId, ...data }, select: { id: true } });
    await recordActivity(tx, { tenantId: tenant.id, actorId, action: "contact.created", entityType: "Contact", entityId: contact.id, after: data });
    return contact;
  });
}

export function updateContact(tenant: TenantRef, actorId: string, id: string, f: ContactFields) {
  const data = { ...f, ...phones(f, tenant.country) };
  return tenantTransaction(tenant.id, async (tx) => {
    const before = await tx.contact.findFirst({ where: { id }, select: { firstName: true, lastName: true, email: true, phone: true, mobile: true, jobTitle: true, roles: true, locale: true } });
    if (!before) throw notFound("This contact");
    await tx.contact.update({ where: { tenantId_id: { tenantId: tenant.id, id } }, data });
    await recordActivity(tx, { tenantId: tenant.id, actorId, action: "contact.updated", entityType: "Contact", entityId: id, before, after: data });
    return { id };
  });
}

export function setContactActive(tenantId: string, actorId: string, id: string, active: boolean) {
  return tenantTransaction(tenantId, async (tx) => {
    const changed = await tx.contact.updateMany({ where: { id, active: !active }, data: { active } });
    if (changed.count === 0 && !(await tx.contact.findFirst({ where: { id }, select: { id: true } }))) throw notFound("This contact");
    if (changed.count) await recordActivity(tx, { tenantId, actorId, action: active ? "contact.reactivated" : "contact.deactivated", entityType: "Contact", entityId: id });
    return { id, active };
  });
}
