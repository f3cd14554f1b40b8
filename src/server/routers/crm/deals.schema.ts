/** Catalogue, pipeline, deal and service-line inputs, shared by the forms and the procedures. */
import { z } from "zod";
import { STAFF_ACTION_ROLES } from "@/server/templates/document";
import { BillingFrequency, DealStage } from "@/generated/prisma/enums";
import { attributeSchema } from "@/server/crm/attributes";
import { moneyInput } from "@/server/crm/money";

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
export const currencyInput = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => CURRENCIES.has(c), "currency");

/** A calendar date typed in a date input: "2026-12-31". */
export const calendarDate = z.iso.date({ error: "date" });

export const serviceTypeFields = z.object({
  name: z.string().trim().min(2, "serviceTypeName").max(80, "tooLong"),
  requiresInstallation: z.boolean(),
  defaultUnitPrice: moneyInput,
  currency: currencyInput,
  defaultFrequency: z.enum(BillingFrequency),
  attributeSchema,
  archived: z.boolean().default(false),
});
export const createServiceTypeInput = serviceTypeFields;
export const updateServiceTypeInput = serviceTypeFields.extend({ id: z.uuid() });
export type ServiceTypeFields = z.infer<typeof serviceTypeFields>;

export const dealFields = z.object({
  name: z.string().trim().min(2, "dealName").max(120, "tooLong"),
  targetCloseDate: calendarDate,
  ownerId: z.uuid().nullable().default(null),
  notes: z.string().max(5000, "tooLong").default(""),
});
export const createDealInput = dealFields.extend({ accountId: z.uuid(), currency: currencyInput });
export const updateDealInput = dealFields.extend({ id: z.uuid() });
export type DealFields = z.infer<typeof dealFields>;

export const moveDealInput = z.object({
  id: z.uuid(),
  stage: z.enum(DealStage),
  lostReason: z.string().trim().max(500, "tooLong").nullish(),
});

export const listDealsInput = z.object({
  ownerId: z.uuid().nullable().default(null),
  stage: z.enum(DealStage).nullable().default(null),
  closeMonth: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month")
    .nullable()
    .default(null),
  /** Only open deals whose target close date has passed. */
  overdue: z.boolean().default(false),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(5).max(100).default(25),
});
export type ListDealsInput = z.infer<typeof listDealsInput>;

export const ownerFilterInput = z.object({ ownerId: z.uuid().nullable().default(null) });

export const lineFields = z.object({
  serviceTypeId: z.uuid({ error: "serviceTypeRequired" }),
  quantity: z.number({ error: "quantity" }).int("quantity").min(0, "quantityNegative").max(100_000, "quantity"),
  unitPrice: moneyInput,
  frequency: z.enum(BillingFrequency),
  commitmentMonths: z.number({ error: "commitment" }).int("commitment").min(0, "commitment").max(120, "commitment"),
  attributes: z.record(z.string(), z.unknown()).default({}),
  billingAccountId: z.uuid().nullable().default(null),
});
export const addLineInput = lineFields.extend({ dealId: z.uuid() });
export const updateLineInput = lineFields.extend({ id: z.uuid() });
export const lineIdInput = z.object({ id: z.uuid() });
export type LineFields = z.infer<typeof lineFields>;

const projectChoice = z.object({
  serviceLineId: z.uuid(),
  templateId: z.uuid().nullish(),
  targetGoLive: calendarDate.nullish(),
  /** role → member; a role left out takes its default, null leaves it to nobody. */
  people: z.partialRecord(z.enum(STAFF_ACTION_ROLES), z.uuid().nullable()).optional(),
});
export const markWonInput = z.object({ id: z.uuid(), wonAt: calendarDate.nullish(), projects: z.array(projectChoice).max(50).default([]) });
export const dealIdInput = z.object({ id: z.uuid() });
