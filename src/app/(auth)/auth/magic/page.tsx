import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth-card";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { inspectMagicLink } from "@/server/identity/magic-link";
import { signInWithMagicLink } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("magicLink");
  return { title: t("title"), robots: { index: false } };
}

/**
 * The link lands here first and signs in only on a click: mail scanners that open links
 * must not use them up.
 */
export default async function MagicLinkPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("magicLink");
  const link = token ? await inspectMagicLink(token) : { state: "unknown" as const };
  if (!token || link.state !== "valid") {
    return (
      <AuthCard title={t("invalidTitle")}>
        <Notice tone="error">{t(`states.${link.state}`)}</Notice>
        <Link href="/login" className="block text-center text-sm font-medium text-brand underline">
          {t("requestNew")}
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("title")} subtitle={t("subtitle", { email: link.email ?? "" })}>
      <form action={signInWithMagicLink}>
        <input type="hidden" name="token" value={token} />
        <Button type="submit" className="w-full" autoFocus>
          {t("continue")}
        </Button>
      </form>
    </AuthCard>
  );
}
