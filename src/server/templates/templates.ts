/**
 * The template library: list, read, create, duplicate, archive, choose a service type's
 * default. Version changes (draft, publish) are in versions.ts; files in transfer.ts.
 */
import { Prisma } from "@/generated/prisma/client";
import type { AppLocale } from "@/i18n/locales";
import { recordActivity } from "@/server/activity/record";
import { withActorNames } from "@/server/activity/names";
import { attributeSchema, type AttributeSchema } from "@/server/crm/attributes";
import type { TenantDb } from "@/server/db/tenant";
import { AppError, fieldError, msg, notFound } from "@/server/errors";
import { templateDocumentSchema, type TemplateDocument } from "./document";
import { emptyTemplateDocument } from "./defaults";

const nameTaken = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/** Runs a write that names a template; a name already used becomes a field error. */
export async function withUniqueName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (nameTaken(e)) throw fieldError("name", "templateNameTaken", "CONFLICT");
    throw e;
  }
}

export const parseDocument = (json: Prisma.JsonValue): TemplateDocument => templateDocumentSchema.parse(json);

/** What the library and the builder both show of a template itself. */
function templateSummary(t: { id: string; name: string; archived: boolean; serviceType: { id: string; name: string; defaultTemplateId: string | null } | null }) {
  return {
    id: t.id,
    name: t.name,
    archived: t.archived,
    serviceType: t.serviceType ? { id: t.serviceType.id, name: t.serviceType.name } : null,
    isDefault: t.serviceType?.defaultTemplateId === t.id,
  };
}

export async function listTemplates(db: TenantDb, archived: boolean) {
  const rows = await db.template.findMany({
    where: { archived },
    orderBy: { name: "asc" },
    include: {
      serviceType: { select: { id: true, name: true, defaultTemplateId: true } },
      // The newest two: a draft (if any) and the version before it.
      versions: { orderBy: { number: "desc" }, take: 2, select: { number: true, status: true, document: true, updatedAt: true } },
    },
  });
  return rows.map((t) => {
    const [latest] = t.versions;
    const published = t.versions.find((v) => v.status === "PUBLISHED");
    const doc = latest ? parseDocument(latest.document) : { phases: [] };
    return {
      ...templateSummary(t),
      version: published?.number ?? null,
      hasDraft: latest?.status === "DRAFT",
      phases: doc.phases.length,
      actions: doc.phases.reduce((n, p) => n + p.actions.length, 0),
      lastEditedAt: latest && latest.updatedAt > t.updatedAt ? latest.updatedAt : t.updatedAt,
    };
  });
}

/** Whether this tenant has the template (archived ones too): the builder answers 404 before rendering otherwise. */
export async function templateExists(db: TenantDb, id: string): Promise<boolean> {
  return (await db.template.count({ where: { id } })) > 0;
}

/** Everything the builder needs: the document to edit (the draft, else the latest version), the service type's attributes and the version history. */
export async function getTemplate(db: TenantDb, id: string) {
  const t = await db.template.findFirst({
    where: { id },
    include: {
      serviceType: { select: { id: true, name: true, attributeSchema: true, defaultTemplateId: true } },
      versions: { orderBy: { number: "desc" }, select: { id: true, number: true, status: true, document: true, updatedAt: true, publishedById: true, publishedAt: true } },
    },
  });
  if (!t) throw notFound("This template");
  const [latest] = t.versions;
  if (!latest) throw new Error(`template ${id} has no version`);
  const history = await withActorNames(
    db,
    t.versions.filter((v) => v.status === "PUBLISHED").map((v) => ({ number: v.number, publishedAt: v.publishedAt, actorId: v.publishedById })),
  );
  return {
    ...templateSummary(t),
    attributes: serviceTypeAttributes(t.serviceType),
    document: parseDocument(latest.document),
    draft: latest.status === "DRAFT" ? { number: latest.number, updatedAt: latest.updatedAt.toISOString() } : null,
    publishedVersion: history[0]?.number ?? null,
    versions: history,
  };
}

/** A published version, read-only. */
export async function getVersion(db: TenantDb, templateId: string, number: number) {
  const v = await db.templateVersion.findFirst({ where: { templateId, number, status: "PUBLISHED" }, select: { document: true, publishedAt: true, publishedById: true } });
  if (!v) throw notFound("This version");
  return { number, document: parseDocument(v.document), publishedAt: v.publishedAt };
}

export function serviceTypeAttributes(serviceType: { attributeSchema: Prisma.JsonValue } | null): AttributeSchema {
  return serviceType ? attributeSchema.parse(serviceType.attributeSchema) : [];
}

export async function assertServiceType(db: TenantDb, serviceTypeId: string | null) {
  if (!serviceTypeId) return;
  const found = await db.serviceType.findFirst({ where: { id: serviceTypeId }, select: { id: true } });
  if (!found) throw fieldError("serviceTypeId", "serviceTypeUnknown");
}

export async function createTemplate(db: TenantDb, actorId: string, f: { name: string; serviceTypeId: string | null }) {
  return withUniqueName(async () => {
    await assertServiceType(db, f.serviceTypeId);
    const t = await db.template.create({ data: { tenantId: db.tenantId, name: f.name, serviceTypeId: f.serviceTypeId }, select: { id: true } });
    await db.templateVersion.create({
      data: { tenantId: db.tenantId, templateId: t.id, number: 1, document: emptyTemplateDocument(db.tenantRef.locale) as Prisma.InputJsonValue, editedById: actorId },
    });
    await recordActivity(db, { actorId, action: "template.created", entityType: "Template", entityId: t.id, after: f });
    return t;
  });
}

const COPY_OF: Record<AppLocale, (name: string) => string> = { en: (n) => `Copy of ${n}`, fr: (n) => `Copie de ${n}` };

/** "Copy of X", then "Copy of X (2)"… : the first name no template of the tenant uses. */
export function copyName(name: string, taken: ReadonlySet<string>, locale: AppLocale): string {
  const base = COPY_OF[locale](name).slice(0, 110);
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} (${i})`)) return `${base} (${i})`;
}

/**
 * One click: the copy starts from the source's latest published version, published as its
 * own version 1 so it can be used at once; a source never published is copied as a draft.
 */
export async function duplicateTemplate(db: TenantDb, actorId: string, id: string) {
  return withUniqueName(async () => {
    const source = await db.template.findFirst({
      where: { id },
      include: { versions: { orderBy: [{ status: "desc" }, { number: "desc" }], take: 1, select: { status: true, document: true } } },
    });
    const from = source?.versions[0];
    if (!source || !from) throw notFound("This template");
    const taken = new Set((await db.template.findMany({ select: { name: true } })).map((t) => t.name));
    const name = copyName(source.name, taken, db.tenantRef.locale);
    const copy = await db.template.create({ data: { tenantId: db.tenantId, name, serviceTypeId: source.serviceTypeId }, select: { id: true } });
    const published = from.status === "PUBLISHED";
    await db.templateVersion.create({
      data: {
        tenantId: db.tenantId,
        templateId: copy.id,
        number: 1,
        status: from.status,
        document: from.document as Prisma.InputJsonValue,
        editedById: actorId,
        publishedById: published ? actorId : null,
        publishedAt: published ? new Date() : null,
      },
    });
    await recordActivity(db, { actorId, action: "template.duplicated", entityType: "Template", entityId: copy.id, after: { name, from: source.name } });
    return { id: copy.id, name };
  });
}

export async function archiveTemplate(db: TenantDb, actorId: string, id: string, archived: boolean) {
  const t = await db.template.findFirst({ where: { id }, select: { name: true, defaultFor: { select: { name: true } } } });
  if (!t) throw notFound("This template");
  const [usedBy] = t.defaultFor;
  // A won line of that type would have no template to deploy with.
  if (archived && usedBy) throw new AppError("CONFLICT", "This template is a service type's default.", { archived: [msg("templateIsDefault", { serviceType: usedBy.name })] });
  await db.template.update({ where: { tenantId_id: { tenantId: db.tenantId, id } }, data: { archived } });
  await recordActivity(db, { actorId, action: archived ? "template.archived" : "template.restored", entityType: "Template", entityId: id, after: { name: t.name } });
  return { id, archived };
}

/** Makes a published template the one its service type deploys with. */
export async function makeDefaultTemplate(db: TenantDb, actorId: string, id: string) {
  const t = await db.template.findFirst({ where: { id }, select: { name: true, archived: true, serviceTypeId: true, versions: { where: { status: "PUBLISHED" }, select: { number: true }, take: 1 } } });
  if (!t) throw notFound("This template");
  if (!t.serviceTypeId) throw fieldError("serviceTypeId", "templateNeedsServiceType");
  if (t.archived || t.versions.length === 0) throw fieldError("id", "templateNotPublished", "CONFLICT");
  await db.serviceType.update({ where: { tenantId_id: { tenantId: db.tenantId, id: t.serviceTypeId } }, data: { defaultTemplateId: id } });
  await recordActivity(db, { actorId, action: "template.made-default", entityType: "Template", entityId: id, after: { name: t.name } });
  return { id };
}
