/**
 * What every new tenant starts with, in its language: the four example service types of
 * DESIGN §2 and the default stage probabilities. Written by sign-up and by the demo seed.
 */
import type { Prisma } from "@/generated/prisma/client";
import type { AppLocale } from "@/i18n/locales";
import { DEFAULT_ATTRIBUTES, type CatalogueCode } from "./attributes";
import { DEFAULT_PROBABILITIES, PIPELINE_STAGES } from "./stages";

const LABELS: Record<string, Record<AppLocale, string>> = {
  extensions: { en: "Extensions", fr: "Postes" },
  numbersToPort: { en: "Numbers to port", fr: "Numéros à porter" },
  onSiteInstallation: { en: "On-site installation", fr: "Installation sur site" },
  siteAddress: { en: "Site address", fr: "Adresse du site" },
  bandwidth: { en: "Bandwidth", fr: "Débit" },
  channels: { en: "Channels", fr: "Canaux" },
};

const TYPES: { code: CatalogueCode; name: Record<AppLocale, string>; requiresInstallation: boolean; price: string; frequency: "MONTHLY" | "ONE_OFF" }[] = [
  { code: "3cx", name: { en: "3CX hosted PBX", fr: "Standard 3CX hébergé" }, requiresInstallation: true, price: "8.50", frequency: "MONTHLY" },
  { code: "ftto", name: { en: "FTTO 100M", fr: "Fibre FTTO 100M" }, requiresInstallation: true, price: "390.00", frequency: "MONTHLY" },
  { code: "sip", name: { en: "SIP trunk", fr: "Trunk SIP" }, requiresInstallation: false, price: "15.00", frequency: "MONTHLY" },
  { code: "porting", name: { en: "Number porting", fr: "Portabilité des numéros" }, requiresInstallation: true, price: "25.00", frequency: "ONE_OFF" },
];

/** The seeded service type's name for a catalogue code, in the tenant's language. */
export function catalogueTypeName(code: CatalogueCode, locale: AppLocale): string {
  const type = TYPES.find((t) => t.code === code);
  if (!type) throw new Error(`no catalogue type ${code}`);
  return type.name[locale];
}

export function defaultServiceTypes(tenantId: string, locale: AppLocale, currency: string): Prisma.ServiceTypeCreateManyInput[] {
  return TYPES.map((t) => ({
    tenantId,
    name: t.name[locale],
    requiresInstallation: t.requiresInstallation,
    defaultUnitPrice: t.price,
    currency,
    defaultFrequency: t.frequency,
    attributeSchema: DEFAULT_ATTRIBUTES[t.code].map((a) => ({ ...a, label: LABELS[a.key]?.[locale] ?? a.label })),
  }));
}

/** The currency a tenant sells in by default, from its country. */
export function currencyOf(country: string): string {
  return country === "GB" ? "GBP" : country === "US" ? "USD" : country === "CH" ? "CHF" : "EUR";
}

export async function provisionCrm(tx: Prisma.TransactionClient, tenant: { id: string; locale: AppLocale; country: string }) {
  await tx.serviceType.createMany({ data: defaultServiceTypes(tenant.id, tenant.locale, currencyOf(tenant.country)), skipDuplicates: true });
  await tx.pipelineStage.createMany({ data: PIPELINE_STAGES.map((stage) => ({ tenantId: tenant.id, stage, probability: DEFAULT_PROBABILITIES[stage] })), skipDuplicates: true });
}
