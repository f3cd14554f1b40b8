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

/**
 * A postal address as far as it is known: a city alone, a postcode alone, a street without its
 * postcode — what was given is kept (an imported file often has only some of it). Nothing
 * given is no address.
 */
export const addressInput = z
  .object({
    line1: optionalText(120),
    line2: optionalText(120),
    postalCode: optionalText(16),
    city: optionalText(80),
    country: z.string().regex(/^[A-Z]{2}$/, "country"),
  })
  .nullable()
  .transform((a) => (a && (a.line1 || a.line2 || a.postalCode || a.city) ? a : null));
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

const contactShape = z.object({
  firstName: z.string().trim().max(60, "tooLong").default(""),
  lastName: z.string().trim().max(60, "tooLong").default(""),
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
/** A contact is someone to reach: a name (first, last or both) or an email is enough. */
const nameOrEmail = (c: { firstName: string; lastName: string; email: string | null }, ctx: z.RefinementCtx) => {
  if (!c.firstName && !c.lastName && !c.email) ctx.addIssue({ code: "custom", path: ["lastName"], message: "contactNameOrEmail" });
};
export const contactFields = contactShape.superRefine(nameOrEmail);
export const createContactInput = contactShape.extend({ accountId: z.uuid() }).superRefine(nameOrEmail);
export const updateContactInput = contactShape.extend({ id: z.uuid() }).superRefine(nameOrEmail);
export const setContactActiveInput = z.object({ id: z.uuid(), active: z.boolean() });
export const accountNotesInput = z.object({ id: z.uuid(), notes: z.string().max(10_000, "tooLong").transform((s) => s.replace(/\r\n?/g, "\n").trimEnd()) });
export type ContactFields = z.infer<typeof contactFields>;
