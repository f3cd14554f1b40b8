"use client";
/**
 * Names of the email templates and audiences an action refers to. Roles are named by the
 * preview's `useRoleLabel` (staff roles as the members page names them), shared by the board,
 * the editor and the graph so a role reads the same everywhere.
 */
import { useTranslations } from "next-intl";
import type { EmailAudience, EmailTemplateKey } from "@/server/templates/document";
import { useRoleLabel } from "@/components/use-role-label";

export { useRoleLabel };

export function useEmailLabels() {
  const t = useTranslations("builder.emails");
  const role = useRoleLabel();
  return {
    template: (key: EmailTemplateKey) => t(`templates.${key}`),
    audience: (audience: EmailAudience) => (audience === "TECHNICAL_CONTACTS" ? t("technicalContacts") : t("team", { role: role(audience) })),
  };
}
