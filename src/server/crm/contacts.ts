/** Contacts of an account: phone numbers stored in E.164, read with the tenant's country. */
import { recordActivity } from "@/server/activity/record";
import type { TenantDb } from "@/server/db/tenant";
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

export async function createContact(db: TenantDb, actorId: string, accountId: string, f: ContactFields) {
  const data = { ...f, ...phones(f, db.tenantRef.country) };
  if (!(await db.account.findFirst({ where: { id: accountId }, select: { id: true } }))) throw notFound("This account");
  const contact = await db.contact.create({ data: { tenantId: db.tenantId, accountId, ...data }, select: { id: true } });
  await recordActivity(db, { actorId, action: "contact.created", entityType: "Contact", entityId: contact.id, after: data });
  return contact;
}

export async function updateContact(db: TenantDb, actorId: string, id: string, f: ContactFields) {
  const data = { ...f, ...phones(f, db.tenantRef.country) };
  const before = await db.contact.findFirst({ where: { id }, select: { firstName: true, lastName: true, email: true, phone: true, mobile: true, jobTitle: true, roles: true, locale: true } });
  if (!before) throw notFound("This contact");
  await db.contact.update({ where: { tenantId_id: { tenantId: db.tenantId, id } }, data });
  await recordActivity(db, { actorId, action: "contact.updated", entityType: "Contact", entityId: id, before, after: data });
  return { id };
}

export async function setContactActive(db: TenantDb, actorId: string, id: string, active: boolean) {
  const changed = await db.contact.updateMany({ where: { id, active: !active }, data: { active } });
  if (changed.count === 0 && !(await db.contact.findFirst({ where: { id }, select: { id: true } }))) throw notFound("This contact");
  if (changed.count) await recordActivity(db, { actorId, action: active ? "contact.reactivated" : "contact.deactivated", entityType: "Contact", entityId: id });
  return { id, active };
}
