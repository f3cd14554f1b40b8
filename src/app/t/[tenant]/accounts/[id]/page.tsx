import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { accountExists } from "@/server/crm/account-detail";
import { requireRecord } from "../../require-record";
import { AccountsProvider } from "../_components/context";
import { accountsContext } from "../_components/context-server";
import { AccountView } from "./account-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("detail.metaTitle") };
}

export default async function AccountPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  await requireRecord(slug, id, accountExists);
  return (
    <AccountsProvider value={await accountsContext(slug)}>
      <AccountView id={id} />
    </AccountsProvider>
  );
}
