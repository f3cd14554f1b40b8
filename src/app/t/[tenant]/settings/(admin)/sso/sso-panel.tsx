"use client";
/**
 * Settings → SSO, in the order a new customer works through it: register Switchboard at the
 * identity provider (the redirect URI to paste there), connect the provider here, then add
 * and verify the email domains that send people to it.
 */
import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/ui/copy-button";
import { DomainsSection } from "./domains-section";
import { SsoForm } from "./sso-form";

export function SsoPanel({ callbackUrl, ownDomain }: { callbackUrl: string; ownDomain: string }) {
  const t = useTranslations("sso");
  return (
    <div className="space-y-6">
      <p className="text-sm text-gray-600">{t("intro")}</p>
      <section aria-labelledby="sso-register" className="space-y-3 rounded-lg border border-gray-200 bg-white p-6">
        <h2 id="sso-register" className="text-lg font-semibold">
          {t("register.title")}
        </h2>
        <p className="text-sm text-gray-600">{t("register.body")}</p>
        <div className="rounded-md bg-gray-50 p-3">
          <p id="sso-redirect-label" className="text-xs font-medium text-gray-600">
            {t("register.label")}
          </p>
          <div className="mt-1 flex flex-wrap items-center gap-3">
            <code aria-labelledby="sso-redirect-label" className="min-w-0 flex-1 break-all text-sm">
              {callbackUrl}
            </code>
            <CopyButton value={callbackUrl} label={t("register.copy")} />
          </div>
        </div>
      </section>
      <SsoForm />
      <DomainsSection ownDomain={ownDomain} />
    </div>
  );
}
