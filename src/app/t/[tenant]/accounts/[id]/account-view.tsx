"use client";
/**
 * The account page: one query (`accounts.get`) feeds every section, and every change
 * invalidates it, so the page never shows two versions of the account at once.
 */
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/trpc/client";
import { useAccounts } from "../_components/context";
import { errorCode, Problem } from "@/components/problem";
import { StatusBadge } from "../_components/status-badge";
import { ContactsSection } from "./_contacts/contacts-section";
import { DetailsCard } from "./_details/details-card";
import { NotesCard } from "./_details/notes-card";
import { ActivitySection } from "./_sections/activity-section";
import { DealsSection } from "./_sections/deals-section";
import { SubscriptionsSection } from "./_sections/subscriptions-section";

export function AccountView({ id }: { id: string }) {
  const t = useTranslations("accounts.detail");
  const { slug } = useAccounts();
  const trpc = useTRPC();
  const account = useQuery(trpc.accounts.get.queryOptions({ id }));
  const back = (
    <Link href={`/t/${slug}/accounts`} className="text-sm font-medium text-gray-600 hover:text-gray-900">
      ← {t("back")}
    </Link>
  );

  if (account.isPending) {
    return (
      <div className="space-y-6" aria-busy>
        {back}
        <p role="status" className="sr-only">
          {t("loading")}
        </p>
        <div className="h-8 w-72 animate-pulse rounded bg-gray-200" />
        <div className="h-48 animate-pulse rounded-lg bg-gray-100" />
        <div className="h-32 animate-pulse rounded-lg bg-gray-100" />
      </div>
    );
  }
  if (account.error) {
    // A malformed id is refused by the input schema: to the person it is the same dead link.
    const missing = ["NOT_FOUND", "BAD_REQUEST"].includes(errorCode(account.error) ?? "");
    return (
      <div className="space-y-4">
        {back}
        {missing ? (
          <section className="rounded-lg border border-gray-200 bg-white p-10 text-center">
            <p className="text-4xl font-bold text-gray-300">404</p>
            <h1 className="mt-2 text-xl font-semibold">{t("notFoundTitle")}</h1>
            <p className="mt-1 text-sm text-gray-600">{t("notFoundBody")}</p>
            <Link href={`/t/${slug}/accounts`} className="mt-4 inline-block text-sm font-medium text-brand underline">
              {t("backToList")}
            </Link>
          </section>
        ) : (
          <Problem error={account.error} />
        )}
      </div>
    );
  }
  const a = account.data;
  return (
    <div className="max-w-6xl space-y-8">
      {back}
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{a.name}</h1>
        <StatusBadge status={a.status} withMeaning />
      </header>
      <DetailsCard account={a} />
      <NotesCard account={a} />
      <ContactsSection account={a} />
      <DealsSection account={a} />
      <SubscriptionsSection account={a} />
      <ActivitySection account={a} />
    </div>
  );
}
