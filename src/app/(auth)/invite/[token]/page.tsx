import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth-card";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { inspectInvitation } from "@/server/identity/invitations";
import { userIdByEmail } from "@/server/identity/users";
import { acceptInvitationAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invitation");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const raw = decodeURIComponent(token);
  const t = await getTranslations("invitation");
  const inv = await inspectInvitation(raw);
  if (inv.state !== "valid") {
    return (
      <AuthCard title={t("invalidTitle")}>
        <Notice tone="error">{t(`states.${inv.state}`)}</Notice>
        <Link href="/login" className="block text-center text-sm font-medium text-brand underline">
          {t("toLogin")}
        </Link>
      </AuthCard>
    );
  }
  const isNew = !(await userIdByEmail(inv.email ?? ""));
  return (
    <AuthCard title={t("title", { tenant: inv.tenantName ?? "" })} subtitle={t("subtitle", { email: inv.email ?? "" })}>
      <form action={acceptInvitationAction} className="space-y-4">
        <input type="hidden" name="token" value={raw} />
        {isNew && (
          <TextField label={t("name")} name="name" required minLength={2} maxLength={80} autoComplete="name" autoFocus />
        )}
        <Button type="submit" className="w-full">
          {t("accept")}
        </Button>
      </form>
    </AuthCard>
  );
}
