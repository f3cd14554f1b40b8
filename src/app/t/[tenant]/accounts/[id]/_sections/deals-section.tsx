"use client";
/** The account's deals, newest first, with their money; each opens on the deals pages. */
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DealStage } from "@/generated/prisma/enums";
import { useAccounts } from "../../_components/context";
import { useDates, useMoney } from "../../_components/format";
import { EmptyLine, Section } from "../../_components/section";
import type { AccountDetail } from "../../_components/types";

const TONE: Record<DealStage, string> = {
  NEW: "bg-gray-100 text-gray-800",
  QUALIFIED: "bg-sky-100 text-sky-900",
  PROPOSAL_SENT: "bg-indigo-100 text-indigo-900",
  NEGOTIATION: "bg-amber-100 text-amber-900",
  WON: "bg-green-100 text-green-900",
  LOST: "bg-rose-100 text-rose-900",
};
const TH = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-gray-600";
const TD = "px-3 py-3 text-sm";

export function DealsSection({ account }: { account: AccountDetail }) {
  const t = useTranslations("accounts.deals");
  const { slug, canWrite } = useAccounts();
  const money = useMoney();
  const dates = useDates();
  return (
    <Section
      id="deals-heading"
      title={t("title")}
      count={account.deals.length}
      actions={
        canWrite ? (
          <Link href={`/t/${slug}/deals/new?accountId=${account.id}`} className="inline-flex items-center rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50">
            {t("newDeal")}
          </Link>
        ) : null
      }
    >
      {account.deals.length === 0 ? (
        <EmptyLine>{t("empty")}</EmptyLine>
      ) : (
        <div className="-mx-5 overflow-x-auto [contain:inline-size]">
          <table className="min-w-full divide-y divide-gray-200">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={`${TH} pl-5`}>{t("name")}</th>
                <th scope="col" className={TH}>{t("stage")}</th>
                <th scope="col" className={TH}>{t("closeDate")}</th>
                <th scope="col" className={`${TH} text-right`}>{t("mrr")}</th>
                <th scope="col" className={`${TH} pr-5 text-right`}>{t("contractValue")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {account.deals.map((d) => (
                <tr key={d.id} className="hover:bg-gray-50">
                  <td className={`${TD} pl-5 font-medium`}>
                    <Link href={`/t/${slug}/deals/${d.id}`} className="text-gray-900 underline-offset-2 hover:text-brand hover:underline">
                      {d.name}
                    </Link>
                  </td>
                  <td className={TD}>
                    <span className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${TONE[d.stage]}`}>{t(`stages.${d.stage}`)}</span>
                  </td>
                  <td className={`${TD} whitespace-nowrap`}>{dates.calendar(d.targetCloseDate)}</td>
                  <td className={`${TD} whitespace-nowrap text-right tabular-nums`}>{money(d.mrr, d.currency)}</td>
                  <td className={`${TD} whitespace-nowrap pr-5 text-right tabular-nums`}>{money(d.contractValue, d.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
