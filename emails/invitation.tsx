/** An admin's invitation to join a tenant, with a signed, expiring, single-use link. */
import { Link, Text } from "@react-email/components";
import { z } from "zod";
import { EmailButton, EmailLayout, paragraph } from "./components/layout";
import { emailTranslator } from "./i18n";
import { Role } from "../src/generated/prisma/enums";
import { formatDateTime } from "../src/i18n/format/format";
import type { AppLocale } from "../src/i18n/locales";

export const invitationPayload = z.object({
  url: z.url(),
  tenantName: z.string(),
  brandColor: z.string().nullable(),
  inviterName: z.string(),
  roles: z.array(z.enum(Role)).min(1),
  expiresAt: z.iso.datetime(),
  timezone: z.string(),
  // The tenant's, for the date's formats; absent from invitations queued before it was added.
  country: z.string().nullish(),
});
export type InvitationPayload = z.infer<typeof invitationPayload>;

export const invitationPreview: InvitationPayload = {
  url: "http://localhost:3000/invite/preview",
  tenantName: "Acme Telecom",
  brandColor: "#0f766e",
  inviterName: "Alice Morgan",
  roles: ["TECHNICIAN"],
  expiresAt: "2026-12-01T12:00:00.000Z",
  timezone: "Europe/London",
  country: "GB",
};

export function invitationSubject(locale: AppLocale, p: InvitationPayload) {
  return emailTranslator(locale)("emails.invitation.subject", { inviter: p.inviterName, tenant: p.tenantName });
}

export default function InvitationEmail({ locale = "en", ...p }: InvitationPayload & { locale?: AppLocale } = invitationPreview) {
  const t = emailTranslator(locale);
  const roles = p.roles.map((r) => t(`roles.${r}`)).join(", ");
  const expires = formatDateTime(new Date(p.expiresAt), { language: locale, country: p.country, timeZone: p.timezone }, "long");
  return (
    <EmailLayout lang={locale} preview={t("emails.invitation.preview", { tenant: p.tenantName })} brand={{ name: p.tenantName, color: p.brandColor }} footer={t("emails.invitation.footer")}>
      <Text style={paragraph}>{t("emails.invitation.intro", { inviter: p.inviterName, tenant: p.tenantName, roles })}</Text>
      <EmailButton href={p.url} color={p.brandColor}>{t("emails.invitation.button")}</EmailButton>
      <Text style={paragraph}>{t("emails.invitation.expiry", { date: expires })}</Text>
      <Text style={{ ...paragraph, fontSize: 13, color: "#6b7280" }}>
        {t("emails.invitation.fallback")} <Link href={p.url}>{p.url}</Link>
      </Text>
    </EmailLayout>
  );
}
