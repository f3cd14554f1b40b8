"use client";
/** The account's details: read by everyone, edited in place by those who sell. */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { addressForm } from "../../_components/account-form";
import { useAccounts } from "../../_components/context";
import { Section } from "../../_components/section";
import type { AccountDetail } from "../../_components/types";
import { DetailsEdit } from "./details-edit";

export function DetailsCard({ account }: { account: AccountDetail }) {
  const t = useTranslations("accounts.detail");
  const tf = useTranslations("accounts.form");
  const { canWrite, slug } = useAccounts();
  const [editing, setEditing] = useState(false);
  const link = (a: { id: string; name: string }) => (
    <Link href={`/t/${slug}/accounts/${a.id}`} className="font-medium text-brand underline-offset-2 hover:underline">
      {a.name}
    </Link>
  );
  return (
    <Section
      id="details-heading"
      title={t("details")}
      actions={
        canWrite && !editing ? (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t("edit")}
          </Button>
        ) : null
      }
    >
      {editing ? (
        <DetailsEdit account={account} onDone={() => setEditing(false)} />
      ) : (
        <div className="space-y-5">
          <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
            <Item label={tf("registrationNumber")}>{account.registrationNumber}</Item>
            <Item label={tf("vatNumber")}>{account.vatNumber}</Item>
            <Item label={tf("billingAccount")}>{account.billingAccount ? link(account.billingAccount) : <span className="text-gray-500">{t("paysItself")}</span>}</Item>
            <Item label={tf("salesRep")}>{account.salesRep?.name}</Item>
            <Item label={tf("salesAdmin")}>{account.salesAdmin?.name}</Item>
            <Item label={tf("technician")}>{account.technician?.name}</Item>
            <Item label={tf("billingAddress")}>{account.billingAddress ? <Address value={account.billingAddress} /> : null}</Item>
            <Item label={tf("siteAddress")}>{account.siteAddress ? <Address value={account.siteAddress} /> : null}</Item>
          </dl>
          {account.payerFor.length > 0 && (
            <div className="rounded-md bg-gray-50 p-3">
              <h3 className="text-sm font-medium text-gray-800">{t("paysFor", { count: account.payerFor.length })}</h3>
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {account.payerFor.map((p) => (
                  <li key={p.id}>{link(p)}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </Section>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  const t = useTranslations("accounts.detail");
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-gray-500">{label}</dt>
      <dd className="mt-1 text-sm text-gray-900">{children || <span className="text-gray-400">{t("notSet")}</span>}</dd>
    </div>
  );
}

function Address({ value }: { value: unknown }) {
  const { countries } = useAccounts();
  const a = addressForm(value, "");
  const country = countries.find((c) => c.code === a.country)?.name ?? a.country;
  return (
    <address className="not-italic">
      {[a.line1, a.line2, `${a.postalCode} ${a.city}`.trim(), country].filter(Boolean).map((l, i) => (
        <span key={i} className="block">
          {l}
        </span>
      ))}
    </address>
  );
}
