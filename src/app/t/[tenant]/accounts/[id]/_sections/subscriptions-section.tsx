"use client";
/** What the account is billed for: one subscription per won service line, and who pays it. */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/format";
import { useMoney } from "@/components/format-money";
import type { SubscriptionStatus } from "@/generated/prisma/enums";
import { useAccounts } from "../../_components/context";
import { EmptyLine, Section, SectionTable, TD, TH } from "../../_components/section";
import type { AccountDetail } from "../../_components/types";

const TONE: Record<SubscriptionStatus, string> = {
  PENDING: "bg-amber-50 text-amber-900 ring-amber-300",
  ACTIVE: "bg-green-50 text-green-900 ring-green-300",
  CANCELLED: "bg-gray-100 text-gray-600 ring-gray-300",
};

export function SubscriptionsSection({ account }: { account: AccountDetail }) {
  const t = useTranslations("accounts.subscriptions");
  const { slug } = useAccounts();
  const money = useMoney();
  const dates = useFormat();
  const link = "text-brand underline-offset-2 hover:underline";
  return (
    <Section id="subscriptions-heading" title={t("title")} count={account.subscriptions.length}>
      {account.subscriptions.length === 0 ? (
        <EmptyLine>{t("empty")}</EmptyLine>
      ) : (
        <SectionTable
          caption={t("caption")}
          head={
            <>
              <th scope="col" className={`${TH} pl-5`}>{t("service")}</th>
              <th scope="col" className={TH}>{t("deal")}</th>
              <th scope="col" className={`${TH} text-right`}>{t("quantity")}</th>
              <th scope="col" className={TH}>{t("frequency")}</th>
              <th scope="col" className={`${TH} text-right`}>{t("mrr")}</th>
              <th scope="col" className={TH}>{t("status")}</th>
              <th scope="col" className={TH}>{t("startDate")}</th>
              <th scope="col" className={`${TH} pr-5`}>{t("payer")}</th>
            </>
          }
        >
          {account.subscriptions.map((s) => (
            <tr key={s.id} className={s.status === "CANCELLED" ? "text-gray-500" : ""}>
              <td className={`${TD} pl-5 font-medium`}>{s.serviceType}</td>
              <td className={TD}>
                <Link href={`/t/${slug}/deals/${s.deal.id}`} className={link}>
                  {s.deal.name}
                </Link>
              </td>
              <td className={`${TD} text-right tabular-nums`}>{s.quantity}</td>
              <td className={TD}>{t(`frequencies.${s.frequency}`)}</td>
              <td className={`${TD} whitespace-nowrap text-right tabular-nums`}>{money(s.mrr, s.currency)}</td>
              <td className={TD}>
                <span className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE[s.status]}`} title={t(`statusMeaning.${s.status}`)}>
                  {t(`statuses.${s.status}`)}
                </span>
              </td>
              <td className={`${TD} whitespace-nowrap`}>{s.startDate ? dates.calendar(s.startDate) : <span className="text-gray-400">{t("notStarted")}</span>}</td>
              <td className={`${TD} pr-5`}>
                {s.billingAccount.id === account.id ? (
                  <span className="text-gray-600">{t("thisAccount")}</span>
                ) : (
                  <Link href={`/t/${slug}/accounts/${s.billingAccount.id}`} className={link}>
                    {s.billingAccount.name}
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </SectionTable>
      )}
    </Section>
  );
}
