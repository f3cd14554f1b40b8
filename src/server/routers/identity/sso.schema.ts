/** The SSO settings form and the email-domain actions. The client secret is write-only: blank keeps the stored one. */
import { z } from "zod";
import { Role } from "@/generated/prisma/enums";
import { emailDomainName } from "@/server/identity/email";

export const ssoIssuer = z.url({ error: "issuerUrl", protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, ""));

export const saveSsoInput = z.object({
  issuer: ssoIssuer,
  clientId: z.string().trim().min(1, "clientIdRequired").max(200),
  clientSecret: z.string().max(500).optional(),
  enforceSso: z.boolean(),
  jitEnabled: z.boolean(),
  jitRole: z.enum(Role).refine((r) => r !== "ADMIN", "jitAdmin"),
});
export type SaveSsoInput = z.infer<typeof saveSsoInput>;

export const testSsoInput = z.object({ issuer: ssoIssuer });

/** Adding, verifying or removing one email domain. */
export const ssoDomainInput = z.object({ domain: emailDomainName });
