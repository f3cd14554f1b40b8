/**
 * Template files: a versioned JSON format to move a template between tenants or keep it
 * outside Switchboard. Import checks the whole file before writing anything; a foreign or
 * newer file is named as such rather than reported as a pile of field errors.
 */
import type { Prisma } from "@/generated/prisma/client";
import { recordActivity } from "@/server/activity/record";
import type { TenantDb } from "@/server/db/tenant";
import { AppError, fieldError, msg, notFound, zodFieldErrors } from "@/server/errors";
import { templateName } from "@/server/routers/templates/templates.schema";
import { z } from "zod";
import { templateDocumentSchema } from "./document";
import { copyName, parseDocument, serviceTypeAttributes, withUniqueName } from "./templates";
import { validateTemplate } from "./validate";

export const TEMPLATE_FILE_FORMAT = "switchboard.template";
export const TEMPLATE_FILE_VERSION = 1;

const templateFileSchema = z.object({
  format: z.literal(TEMPLATE_FILE_FORMAT),
  formatVersion: z.literal(TEMPLATE_FILE_VERSION),
  name: templateName,
  /** The service type's name: ids mean nothing in another tenant. */
  serviceType: z.string().max(120).nullable(),
  document: templateDocumentSchema,
});
export type TemplateFile = z.infer<typeof templateFileSchema>;

export async function exportTemplate(db: TenantDb, id: string, number?: number): Promise<TemplateFile> {
  const t = await db.template.findFirst({
    where: { id },
    select: {
      name: true,
      serviceType: { select: { name: true } },
      versions: { where: number ? { number } : {}, orderBy: [{ status: "desc" }, { number: "desc" }], take: 1, select: { document: true } },
    },
  });
  const version = t?.versions[0];
  if (!t || !version) throw notFound("This template");
  return { format: TEMPLATE_FILE_FORMAT, formatVersion: TEMPLATE_FILE_VERSION, name: t.name, serviceType: t.serviceType?.name ?? null, document: parseDocument(version.document) };
}

/** The file's text as a template file, or an error that says what kind of file it is not. */
export function parseTemplateFile(text: string): TemplateFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw fieldError("file", "importNotJson");
  }
  const head = z.object({ format: z.string(), formatVersion: z.number() }).safeParse(json);
  if (!head.success || head.data.format !== TEMPLATE_FILE_FORMAT) throw fieldError("file", "importForeign");
  if (head.data.formatVersion !== TEMPLATE_FILE_VERSION) throw fieldError("file", msg("importFormatVersion", { version: head.data.formatVersion }));
  const parsed = templateFileSchema.safeParse(json);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "This template file is damaged.", { file: ["importInvalid"], ...zodFieldErrors(parsed.error) });
  return parsed.data;
}

/**
 * Imports as a new template whose draft is the file's document (published once it is checked),
 * and says how many problems that draft has against the service type found here.
 */
export async function importTemplate(db: TenantDb, actorId: string, text: string) {
  const file = parseTemplateFile(text);
  return withUniqueName(async () => {
    const serviceType = file.serviceType ? await db.serviceType.findFirst({ where: { name: file.serviceType }, select: { id: true, attributeSchema: true } }) : null;
    const taken = new Set((await db.template.findMany({ select: { name: true } })).map((t) => t.name));
    const name = taken.has(file.name) ? copyName(file.name, taken, db.tenantRef.locale) : file.name;
    const t = await db.template.create({ data: { tenantId: db.tenantId, name, serviceTypeId: serviceType?.id ?? null }, select: { id: true } });
    await db.templateVersion.create({ data: { tenantId: db.tenantId, templateId: t.id, number: 1, document: file.document as Prisma.InputJsonValue, editedById: actorId } });
    await recordActivity(db, { actorId, action: "template.imported", entityType: "Template", entityId: t.id, after: { name, serviceType: file.serviceType } });
    const problems = validateTemplate(file.document, serviceTypeAttributes(serviceType)).length;
    return { id: t.id, name, serviceTypeMatched: file.serviceType === null || serviceType !== null, problems };
  });
}
