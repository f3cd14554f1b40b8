import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { AccountsProvider } from "../_components/context";
import { accountsContext } from "../_components/context-server";
import { ImportWizard } from "./import-wizard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.import");
  return { title: t("title") };
}

export default async function ImportAccountsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const [context, t] = await Promise.all([accountsContext(slug), getTranslations("accounts.import")]);
  return (
    <AccountsProvider value={context}>
      <div className="max-w-6xl space-y-6">
        <Link href={`/t/${slug}/accounts`} className="text-sm font-medium text-gray-600 hover:text-gray-900">
          ← {t("back")}
        </Link>
        <header>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-gray-600">{t("intro")}</p>
        </header>
        {context.canWrite ? <ImportWizard /> : <Notice tone="warning">{t("readOnly")}</Notice>}
      </div>
    </AccountsProvider>
  );
}
