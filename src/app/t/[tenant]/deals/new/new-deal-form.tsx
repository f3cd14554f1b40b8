"use client";
/**
 * A new deal for an account. Sensible defaults so most deals need only a name: closing in 30
 * days, in the catalogue's currency, owned by whoever creates it.
 */
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useToday } from "@/components/format";
import { MemberSelect, useMembers } from "@/components/member-select";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { DateField } from "@/components/ui/date-field";
import { useValidationMessage } from "@/components/use-validation-message";
import { createDealInput } from "@/server/routers/crm/deals.schema";
import { zodFieldErrors } from "@/server/errors";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { DealAccountPicker } from "../_components/account-picker";
import { COMMON_CURRENCIES } from "../_components/currencies";
import { useTenantCurrency } from "../_components/use-currency";
import { Problem } from "@/components/problem";

type Props = { slug: string; accountId: string | null; myMembershipId: string; fallbackCurrency: string };

export function NewDealForm({ slug, accountId, myMembershipId, fallbackCurrency }: Props) {
  const t = useTranslations("deals");
  const trpc = useTRPC();
  const given = useQuery({ ...trpc.accounts.get.queryOptions({ id: accountId ?? "" }), enabled: accountId !== null });
  const currency = useTenantCurrency(fallbackCurrency);
  const types = useQuery(trpc.catalogue.list.queryOptions());
  const members = useMembers();
  if (accountId && given.isPending) return <p role="status" className="text-sm text-gray-500">{t("common.loading")}</p>;
  if (given.error) return <Problem error={given.error} />;
  if (types.isPending || members.isPending) return <p role="status" className="text-sm text-gray-500">{t("common.loading")}</p>;
  const account = given.data ? { id: given.data.id, name: given.data.name } : null;
  const iAmListed = members.data?.some((m) => m.id === myMembershipId) ?? false;
  return <Fields slug={slug} account={account} defaultCurrency={currency} defaultOwner={iAmListed ? myMembershipId : ""} />;
}

type Form = { name: string; targetCloseDate: string; currency: string; ownerId: string };

function Fields({ slug, account: initialAccount, defaultCurrency, defaultOwner }: { slug: string; account: { id: string; name: string } | null; defaultCurrency: string; defaultOwner: string }) {
  const t = useTranslations("deals");
  const v = useValidationMessage();
  const trpc = useTRPC();
  const router = useRouter();
  const today = useToday();
  const [account, setAccount] = useState(initialAccount);
  const [form, setForm] = useState<Form>(() => ({ name: "", targetCloseDate: today(30), currency: defaultCurrency, ownerId: defaultOwner }));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const create = useMutation(trpc.deals.create.mutationOptions({ onSuccess: (deal) => router.push(`/t/${slug}/deals/${deal.id}`) }));
  const set = <K extends keyof Form>(k: K, value: Form[K]) => setForm((f) => ({ ...f, [k]: value }));

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = createDealInput.safeParse({ ...form, accountId: account?.id ?? "", ownerId: form.ownerId || null });
    if (!parsed.success) {
      const errs = zodFieldErrors(parsed.error);
      // The account is picked, not typed: a missing one reads better than "invalid id".
      if (errs.accountId) errs.accountId = ["accountRequired"];
      return setErrors(errs);
    }
    setErrors({});
    create.mutate(parsed.data);
  }

  const server = fieldErrorsOf(create.error);
  const err = (k: string) => v(errors[k] ?? server[k]);
  const currencies = [...new Set([defaultCurrency, ...COMMON_CURRENCIES])];
  return (
    <form onSubmit={submit} noValidate className="space-y-5 rounded-lg border border-gray-200 bg-white p-6">
      {initialAccount ? (
        <p className="text-sm">
          {t("newDeal.forAccount")}{" "}
          <Link href={`/t/${slug}/accounts/${initialAccount.id}`} className="font-medium text-brand hover:underline">
            {initialAccount.name}
          </Link>
        </p>
      ) : (
        <DealAccountPicker label={t("newDeal.account")} noneLabel={t("newDeal.chooseAccount")} value={account} onChange={setAccount} error={err("accountId")} />
      )}
      <TextField label={t("fields.name")} value={form.name} onChange={(e) => set("name", e.target.value)} error={err("name")} placeholder={t("newDeal.namePlaceholder")} autoFocus required maxLength={120} />
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField label={t("fields.targetCloseDate")} value={form.targetCloseDate} onChange={(d) => set("targetCloseDate", d)} error={err("targetCloseDate")} required />
        <SelectField label={t("fields.currency")} value={form.currency} onChange={(e) => set("currency", e.target.value)} error={err("currency")} hint={t("newDeal.currencyHint")}>
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </SelectField>
      </div>
      <MemberSelect label={t("fields.owner")} noneLabel={t("card.noOwner")} value={form.ownerId || null} onChange={(id) => set("ownerId", id ?? "")} error={err("ownerId")} />
      {create.error && Object.keys(server).length === 0 && <Problem error={create.error} />}
      <div className="flex gap-2">
        <Button type="submit" pending={create.isPending || create.isSuccess}>
          {t("newDeal.submit")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.back()}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
