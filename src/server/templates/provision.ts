/**
 * Writes the default templates (templates/defaults.ts) for a new tenant as published version
 * 1 and points each catalogue service type at its default. Run by sign-up and the demo seed,
 * after the catalogue exists.
 */
import type { Prisma } from "@/generated/prisma/client";
import type { AppLocale } from "@/i18n/locales";
import { catalogueTypeName } from "@/server/crm/catalogue-defaults";
import { DEFAULT_TEMPLATES, defaultTemplateDocument } from "./defaults";

export async function provisionTemplates(tx: Prisma.TransactionClient, tenant: { id: string; locale: AppLocale }) {
  const types = await tx.serviceType.findMany({ where: { tenantId: tenant.id }, select: { id: true, name: true } });
  for (const t of DEFAULT_TEMPLATES) {
    const name = t.name[tenant.locale];
    if (await tx.template.findFirst({ where: { tenantId: tenant.id, name }, select: { id: true } })) continue;
    const serviceType = types.find((s) => s.name === catalogueTypeName(t.serviceType, tenant.locale));
    const template = await tx.template.create({ data: { tenantId: tenant.id, name, serviceTypeId: serviceType?.id ?? null }, select: { id: true } });
    await tx.templateVersion.create({
      data: {
        tenantId: tenant.id,
        templateId: template.id,
        number: 1,
        status: "PUBLISHED",
        publishedAt: new Date(),
        document: defaultTemplateDocument(t, tenant.locale) as Prisma.InputJsonValue,
      },
    });
    if (t.isDefault && serviceType) {
      await tx.serviceType.update({ where: { tenantId_id: { tenantId: tenant.id, id: serviceType.id } }, data: { defaultTemplateId: template.id } });
    }
  }
}
