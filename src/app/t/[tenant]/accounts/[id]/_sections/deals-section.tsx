"use client";
/** The account's deals, newest first, with their money; each opens on the deals pages. */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/format";
import { useMoney } from "@/components/format-money";
import { StageBadge } from "@/components/stage-badge";
import { useAccounts } from "../../_components/context";
import { EmptyLine, Section, SectionTable, TD, TH } from "../../_components/section";
import type { AccountDetail } from "../../_components/types";


export function DealsSection({ account }: { account: AccountDetail }) {
  const t = useTranslations("accounts.deals");
  const { slug, canWrite } = useAccounts();
  const money = useMoney();
  const dates = useFormat();
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
        <SectionTable
          caption={t("caption")}
          head={
            <>
              <th scope="col" className={`${TH} pl-5`}>{t("name")}</th>
              <th scope="col" className={TH}>{t("stage")}</th>
              <th scope="col" className={TH}>{t("closeDate")}</th>
              <th scope="col" className={`${TH} text-right`}>{t("mrr")}</th>
              <th scope="col" className={`${TH} pr-5 text-right`}>{t("contractValue")}</th>
            </>
          }
        >
          {account.deals.map((d) => (
            <tr key={d.id} className="hover:bg-gray-50">
              <td className={`${TD} pl-5 font-medium`}>
                <Link href={`/t/${slug}/deals/${d.id}`} className="text-gray-900 underline-offset-2 hover:text-brand hover:underline">
                  {d.name}
                </Link>
              </td>
              <td className={TD}>
                <StageBadge stage={d.stage} label={t(`stages.${d.stage}`)} />
              </td>
              <td className={`${TD} whitespace-nowrap`}>{dates.calendar(d.targetCloseDate)}</td>
              <td className={`${TD} whitespace-nowrap text-right tabular-nums`}>{money(d.mrr, d.currency)}</td>
              <td className={`${TD} whitespace-nowrap pr-5 text-right tabular-nums`}>{money(d.contractValue, d.currency)}</td>
            </tr>
          ))}
        </SectionTable>
      )}
    </Section>
  );
}
