/**
 * Template versions (DESIGN §3): the builder edits the one draft; publishing turns it into the
 * next immutable version (a database trigger refuses changes to published rows). A draft may
 * have problems; a published version never does.
 */
import type { Prisma } from "@/generated/prisma/client";
import { recordActivity } from "@/server/activity/record";
import type { TenantDb } from "@/server/db/tenant";
import { AppError, type FieldErrors, notFound } from "@/server/errors";
import type { SaveDraftInput } from "@/server/routers/templates/templates.schema";
import { assertServiceType, parseDocument, serviceTypeAttributes, withUniqueName } from "./templates";
import { validateTemplate, type TemplateProblem } from "./validate";

async function lockTemplate(db: TenantDb, id: string) {
  await db.$executeRaw`SELECT 1 FROM "Template" WHERE "tenantId" = current_tenant_id() AND id = ${id}::uuid FOR UPDATE`;
  const t = await db.template.findFirst({
    where: { id },
    select: { name: true, serviceType: { select: { attributeSchema: true } }, versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, status: true, document: true, updatedAt: true } } },
  });
  if (!t) throw notFound("This template");
  const [latest] = t.versions;
  if (!latest) throw new Error(`template ${id} has no version`);
  return { ...t, latest, draft: latest.status === "DRAFT" ? latest : null };
}

/** Someone saved or published since this editor loaded the template: reloading beats overwriting their work. */
function assertBase(draft: { updatedAt: Date } | null, baseUpdatedAt: string | null) {
  if ((draft?.updatedAt.toISOString() ?? null) !== baseUpdatedAt) {
    throw new AppError("CONFLICT", "The template changed since you opened it.", { _: ["templateChangedMeanwhile"] });
  }
}

/** Problems keyed the way the builder places them: on an action's field, on a phase, or on the template. */
export function problemFieldErrors(problems: TemplateProblem[]): FieldErrors {
  const out: FieldErrors = {};
  for (const p of problems) {
    const key = p.target.kind === "template" ? "_" : `${p.target.kind}.${p.target.id}${p.field ? `.${p.field}` : ""}`;
    (out[key] ??= []).push(p.message);
  }
  return out;
}

export async function saveDraft(db: TenantDb, actorId: string, input: SaveDraftInput) {
  return withUniqueName(async () => {
    const t = await lockTemplate(db, input.id);
    assertBase(t.draft, input.baseUpdatedAt);
    await assertServiceType(db, input.serviceTypeId);
    await db.template.update({ where: { tenantId_id: { tenantId: db.tenantId, id: input.id } }, data: { name: input.name, serviceTypeId: input.serviceTypeId } });
    const document = input.document as Prisma.InputJsonValue;
    const select = { number: true, updatedAt: true } as const;
    const saved = t.draft
      ? await db.templateVersion.update({ where: { tenantId_id: { tenantId: db.tenantId, id: t.draft.id } }, data: { document, editedById: actorId }, select })
      : await db.templateVersion.create({ data: { tenantId: db.tenantId, templateId: input.id, number: t.latest.number + 1, document, editedById: actorId }, select });
    await recordActivity(db, { actorId, action: "template.draft-saved", entityType: "Template", entityId: input.id, after: { name: input.name, number: saved.number } });
    return { number: saved.number, updatedAt: saved.updatedAt.toISOString() };
  });
}

export async function publishDraft(db: TenantDb, actorId: string, id: string, baseUpdatedAt: string) {
  const t = await lockTemplate(db, id);
  if (!t.draft) throw new AppError("CONFLICT", "There is no draft to publish.", { _: ["templateNoDraft"] });
  assertBase(t.draft, baseUpdatedAt);
  const attributes = serviceTypeAttributes(t.serviceType);
  const problems = validateTemplate(parseDocument(t.draft.document), attributes);
  if (problems.length > 0) throw new AppError("INVALID_INPUT", "The template has problems to fix before it can be published.", problemFieldErrors(problems));
  await db.templateVersion.update({ where: { tenantId_id: { tenantId: db.tenantId, id: t.draft.id } }, data: { status: "PUBLISHED", publishedAt: new Date(), publishedById: actorId } });
  await recordActivity(db, { actorId, action: "template.published", entityType: "Template", entityId: id, after: { name: t.name, number: t.draft.number } });
  return { number: t.draft.number };
}

/** Back to the latest published version; a template never published keeps its draft. */
export async function discardDraft(db: TenantDb, actorId: string, id: string) {
  const t = await lockTemplate(db, id);
  if (!t.draft) return { discarded: false };
  if (t.draft.number === 1) throw new AppError("CONFLICT", "This template has no published version to go back to.", { _: ["templateNothingToRestore"] });
  await db.templateVersion.delete({ where: { tenantId_id: { tenantId: db.tenantId, id: t.draft.id } } });
  await recordActivity(db, { actorId, action: "template.draft-discarded", entityType: "Template", entityId: id, after: { name: t.name, number: t.draft.number } });
  return { discarded: true };
}
