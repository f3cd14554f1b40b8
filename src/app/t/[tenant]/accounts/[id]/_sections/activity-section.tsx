"use client";
/** The account's history (the account, its contacts and its deals): who did what, when, and what changed. */
import { useTranslations } from "next-intl";
import { actionKey, changesOf } from "@/components/activity-changes";
import { useFormat } from "@/components/format";
import { EmptyLine, Section } from "../../_components/section";
import type { AccountDetail, ActivityEntry } from "../../_components/types";
import { useDescribeValue } from "./activity-values";
import { contactName } from "../../_components/contact-name";

export function ActivitySection({ account }: { account: AccountDetail }) {
  const t = useTranslations("accounts.activity");
  return (
    <Section id="activity-heading" title={t("title")}>
      {account.activity.length === 0 ? (
        <EmptyLine>{t("empty")}</EmptyLine>
      ) : (
        <ol className="space-y-4">
          {account.activity.map((a) => (
            <ActivityItem key={a.id} entry={a} account={account} />
          ))}
        </ol>
      )}
      {account.activity.length >= 50 && <p className="mt-4 text-xs text-gray-500">{t("latestOnly")}</p>}
    </Section>
  );
}

function subjectOf(a: ActivityEntry, account: AccountDetail): string {
  if (a.entityType === "Contact") {
    const c = account.contacts.find((x) => x.id === a.entityId);
    if (c) return contactName(c);
  }
  if (a.entityType === "Deal") {
    const d = account.deals.find((x) => x.id === a.entityId);
    if (d) return d.name;
  }
  return account.name;
}

function ActivityItem({ entry: a, account }: { entry: ActivityEntry; account: AccountDetail }) {
  const t = useTranslations("accounts.activity");
  const dates = useFormat();
  const describe = useDescribeValue(account);
  const key = actionKey(a.action);
  const values = { actor: a.actorName ?? (a.actorId ? t("formerMember") : t("system")), subject: subjectOf(a, account) };
  const changes = changesOf(a.before, a.after);
  const label = (field: string) => (t.has(`fields.${field}` as never) ? (t as unknown as (k: string) => string)(`fields.${field}`) : field);
  return (
    <li className="flex gap-3">
      <span aria-hidden className="mt-1.5 size-2 shrink-0 rounded-full bg-gray-300" />
      <div className="min-w-0 flex-1 text-sm">
        <p>
          <span className="text-gray-900">{key ? t(`actions.${key}`, values) : t("unknownAction", { ...values, code: a.action })}</span>
          <time dateTime={a.createdAt.toISOString()} className="ml-2 whitespace-nowrap text-xs text-gray-500">
            {dates.instant(a.createdAt)}
          </time>
        </p>
        {changes.length > 0 && (
          <ul className="mt-1 space-y-0.5 text-xs text-gray-600">
            {changes.map((c) => (
              <li key={c.field}>
                <span className="font-medium text-gray-700">{label(c.field)}</span>
                {t("fieldSeparator")}
                <span className="text-gray-500 line-through decoration-gray-300">{describe(c.field, c.before)}</span>
                <span aria-label={t("changedTo")}> → </span>
                <span className="text-gray-900">{describe(c.field, c.after)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
