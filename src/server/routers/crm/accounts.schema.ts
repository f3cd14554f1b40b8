/** Account and contact inputs, shared by the forms and the procedures. */
import { z } from "zod";
import { AccountStatus, ContactRole } from "@/generated/prisma/enums";
import { LOCALES } from "@/i18n/locales";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .nullish()
    .transform((v) => v || null);

export const addressInput = z
  .object({
    line1: z.string().trim().min(1, "addressLine").max(120, "tooLong"),
    line2: optionalText(120),
    postalCode: z.string().trim().min(1, "postalCode").max(16, "tooLong"),
    city: z.string().trim().min(1, "city").max(80, "tooLong"),
    country: z.string().regex(/^[A-Z]{2}$/, "country"),
  })
  .nullable();
export type Address = z.infer<typeof addressInput>;

export const accountFields = z.object({
  name: z.string().trim().min(2, "accountName").max(120, "tooLong"),
  registrationNumber: optionalText(40),
  vatNumber: optionalText(40),
  billingAddress: addressInput.default(null),
  siteAddress: addressInput.default(null),
  salesRepId: z.uuid().nullable().default(null),
  salesAdminId: z.uuid().nullable().default(null),
  technicianId: z.uuid().nullable().default(null),
  billingAccountId: z.uuid().nullable().default(null),
});
export type AccountFields = z.infer<typeof accountFields>;

export const createAccountInput = accountFields;
export const updateAccountInput = accountFields.extend({ id: z.uuid() });
export const accountIdInput = z.object({ id: z.uuid() });

export const ACCOUNT_SORTS = ["name", "createdAt", "status"] as const;
export const listAccountsInput = z.object({
  search: z.string().trim().max(100).default(""),
  status: z.enum(AccountStatus).nullable().default(null),
  ownerId: z.uuid().nullable().default(null),
  sort: z.enum(ACCOUNT_SORTS).default("name"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(5).max(100).default(25),
});
export type ListAccountsInput = z.infer<typeof listAccountsInput>;

export const contactFields = z.object({
  firstName: z.string().trim().min(1, "firstName").max(60, "tooLong"),
  lastName: z.string().trim().min(1, "lastName").max(60, "tooLong"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "emailInvalid" }))
    .nullish()
    .or(z.literal("").transform(() => null))
    .transform((v) => v ?? null),
  /** As typed; normalized to E.164 with the tenant's country by the domain. */
  phone: optionalText(40),
  mobile: optionalText(40),
  jobTitle: optionalText(80),
  roles: z.array(z.enum(ContactRole)).transform((r) => [...new Set(r)]),
  locale: z.enum(LOCALES),
});
export const createContactInput = contactFields.extend({ accountId: z.uuid() });
export const updateContactInput = contactFields.extend({ id: z.uuid() });
export const setContactActiveInput = z.object({ id: z.uuid(), active: z.boolean() });
export type ContactFields = z.infer<typeof contactFields>;
