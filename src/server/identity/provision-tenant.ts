/** What every new tenant starts with, in its language: the catalogue and pipeline, then the installation templates that point at it. */
import type { Prisma } from "@/generated/prisma/client";
import type { AppLocale } from "@/i18n/locales";
import { provisionCrm } from "@/server/crm/catalogue-defaults";
import { provisionTemplates } from "@/server/templates/provision";

export async function provisionTenant(tx: Prisma.TransactionClient, tenant: { id: string; locale: AppLocale; country: string }) {
  await provisionCrm(tx, tenant);
  await provisionTemplates(tx, tenant);
}
