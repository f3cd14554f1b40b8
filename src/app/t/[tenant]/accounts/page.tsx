import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AccountsProvider } from "./_components/context";
import { accountsContext } from "./_components/context-server";
import { AccountsIndex } from "./accounts-index";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("title") };
}

export default async function AccountsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  return (
    <AccountsProvider value={await accountsContext(slug)}>
      {/* The filters are read from the URL on the client, which needs a suspense boundary. */}
      <Suspense>
        <AccountsIndex />
      </Suspense>
    </AccountsProvider>
  );
}
