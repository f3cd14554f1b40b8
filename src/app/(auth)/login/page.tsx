import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth-card";
import { Notice } from "@/components/ui/notice";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("metaTitle") };
}

const ERRORS = ["link-invalid", "sso-domain", "sso-not-member", "sso-unverified", "sso-profile", "sso-required", "no-tenant", "auth"] as const;
type LoginError = (typeof ERRORS)[number];

function loginError(raw: string | undefined): LoginError | null {
  if (!raw) return null;
  return (ERRORS as readonly string[]).includes(raw) ? (raw as LoginError) : "auth";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const t = await getTranslations("login");
  const error = loginError(params.error);
  return (
    <AuthCard
      title={t("title")}
      subtitle={t("subtitle")}
      footer={
        <>
          {t("noAccount")}{" "}
          <Link href="/signup" className="font-medium text-brand underline">
            {t("signupLink")}
          </Link>
        </>
      }
    >
      {error && <Notice tone="error">{t(`errors.${error}`)}</Notice>}
      <LoginForm />
    </AuthCard>
  );
}
