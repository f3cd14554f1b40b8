/** The SSO settings form. The client secret is write-only: blank keeps the stored one. */
import { z } from "zod";
import { Role } from "@/generated/prisma/enums";

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "domainFormat");

export const ssoIssuer = z
  .url({ error: "issuerUrl" })
  .refine((u) => /^https?:\/\//.test(u), "issuerUrl")
  .transform((u) => u.replace(/\/+$/, ""));

export const saveSsoInput = z.object({
  issuer: ssoIssuer,
  clientId: z.string().trim().min(1, "clientIdRequired").max(200),
  clientSecret: z.string().max(500).optional(),
  domains: z.array(domain).min(1, "domainsRequired").max(20),
  enforceSso: z.boolean(),
  jitEnabled: z.boolean(),
  jitRole: z.enum(Role).refine((r) => r !== "ADMIN", "jitAdmin"),
});
export type SaveSsoInput = z.infer<typeof saveSsoInput>;

export const testSsoInput = z.object({ issuer: ssoIssuer });
