/** The sign-in link: sent on sign-up and to people who sign in without SSO. */
import { Link, Text } from "@react-email/components";
import { z } from "zod";
import { EmailButton, EmailLayout, paragraph } from "./components/layout";
import { emailTranslator } from "./i18n";
import type { AppLocale } from "../src/i18n/locales";

export const magicLinkPayload = z.object({
  url: z.url(),
  tenantName: z.string().nullable(),
  brandColor: z.string().nullable(),
  expiresInMinutes: z.number().int().positive(),
  firstSignIn: z.boolean(),
});
export type MagicLinkPayload = z.infer<typeof magicLinkPayload>;

export const magicLinkPreview: MagicLinkPayload = {
  url: "http://localhost:3000/auth/magic?token=preview",
  tenantName: "Acme Telecom",
  brandColor: "#0f766e",
  expiresInMinutes: 15,
  firstSignIn: true,
};

export function magicLinkSubject(locale: AppLocale, p: MagicLinkPayload) {
  return emailTranslator(locale)("emails.magicLink.subject", { tenant: p.tenantName ?? "Switchboard" });
}

export default function MagicLinkEmail({ locale = "en", ...p }: MagicLinkPayload & { locale?: AppLocale } = magicLinkPreview) {
  const t = emailTranslator(locale);
  return (
    <EmailLayout lang={locale} preview={t("emails.magicLink.preview")} brand={{ name: p.tenantName ?? "Switchboard", color: p.brandColor }} footer={t("emails.magicLink.footer")}>
      <Text style={paragraph}>{p.firstSignIn ? t("emails.magicLink.welcome", { tenant: p.tenantName ?? "Switchboard" }) : t("emails.magicLink.intro")}</Text>
      <EmailButton href={p.url} color={p.brandColor}>{t("emails.magicLink.button")}</EmailButton>
      <Text style={paragraph}>{t("emails.magicLink.expiry", { minutes: p.expiresInMinutes })}</Text>
      <Text style={{ ...paragraph, fontSize: 13, color: "#6b7280" }}>
        {t("emails.magicLink.fallback")} <Link href={p.url}>{p.url}</Link>
      </Text>
    </EmailLayout>
  );
}
