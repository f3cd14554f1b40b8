/**
 * An account's status as a coloured label. The status is derived (DESIGN §2), so people
 * need its rule at hand: the label carries it as a tooltip, and `withMeaning` spells it out.
 */
import { useTranslations } from "next-intl";
import type { AccountStatus } from "@/generated/prisma/enums";

export const ACCOUNT_STATUSES = ["PROSPECT", "ONBOARDING", "ACTIVE", "CHURNED"] as const satisfies readonly AccountStatus[];

const TONE: Record<AccountStatus, string> = {
  PROSPECT: "bg-gray-100 text-gray-800 ring-gray-300",
  ONBOARDING: "bg-amber-50 text-amber-900 ring-amber-300",
  ACTIVE: "bg-green-50 text-green-900 ring-green-300",
  CHURNED: "bg-rose-50 text-rose-900 ring-rose-300",
};

export function StatusBadge({ status, withMeaning = false }: { status: AccountStatus; withMeaning?: boolean }) {
  const t = useTranslations("accounts");
  const badge = (
    <span title={t(`statusMeaning.${status}`)} className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE[status]}`}>
      {t(`status.${status}`)}
    </span>
  );
  if (!withMeaning) return badge;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {badge}
      <span className="text-sm text-gray-600">{t(`statusMeaning.${status}`)}</span>
    </span>
  );
}

/** Every status and its rule, for a disclosure next to the status filter. */
export function StatusLegend() {
  const t = useTranslations("accounts");
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-gray-600 underline decoration-dotted underline-offset-2 hover:text-gray-900">{t("statusHelp")}</summary>
      <dl className="mt-2 grid max-w-xl gap-x-4 gap-y-2 rounded-md border border-gray-200 bg-white p-3 sm:grid-cols-[auto_1fr]">
        {ACCOUNT_STATUSES.map((s) => (
          <div key={s} className="contents">
            <dt>
              <StatusBadge status={s} />
            </dt>
            <dd className="text-gray-700">{t(`statusMeaning.${s}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
