"use client";
/**
 * A recorded value in words: enum codes translated, member and account ids named (when the
 * page knows them), phone numbers formatted, long text shortened. Ids the page cannot name
 * become "another member/account" rather than a raw uuid nobody can read.
 */
import { useTranslations } from "next-intl";
import { useCallback, useMemo } from "react";
import { useFormat } from "@/components/format";
import { formatPhone } from "@/i18n/format/phone";
import { useMembers } from "@/components/member-select";
import { ACCOUNT_STATUSES } from "../../_components/status-badge";
import type { AccountDetail } from "../../_components/types";

const STAGES = ["NEW", "QUALIFIED", "PROPOSAL_SENT", "NEGOTIATION", "WON", "LOST"] as const;
const ROLES = ["DECISION_MAKER", "TECHNICAL", "BILLING"] as const;
const MEMBER_FIELDS = new Set(["salesRepId", "salesAdminId", "technicianId", "ownerId"]);
const is = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === "string" && (list as readonly string[]).includes(v);
const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

export function useDescribeValue(account: AccountDetail) {
  const t = useTranslations("accounts");
  const dates = useFormat();
  const members = useMembers();
  const memberName = useMemo(() => new Map((members.data ?? []).map((m) => [m.id, m.name])), [members.data]);
  const accountName = useMemo(
    () => new Map([account, ...(account.billingAccount ? [account.billingAccount] : []), ...account.payerFor].map((a) => [a.id, a.name])),
    [account],
  );
  return useCallback(
    (field: string, v: unknown): string => {
      if (v === null || v === undefined || v === "") return "—";
      if (field === "status" && is(ACCOUNT_STATUSES, v)) return t(`status.${v}`);
      if (field === "stage" && is(STAGES, v)) return t(`deals.stages.${v}`);
      if (field === "roles" && Array.isArray(v)) return v.length ? v.map((r) => (is(ROLES, r) ? t(`contacts.role.${r}`) : String(r))).join(", ") : "—";
      if (field === "locale" && (v === "en" || v === "fr")) return t(`contacts.locales.${v}`);
      if ((field === "phone" || field === "mobile") && typeof v === "string") return formatPhone(v);
      if (MEMBER_FIELDS.has(field) && typeof v === "string") return memberName.get(v) ?? t("activity.anotherMember");
      if (field === "billingAccountId" && typeof v === "string") return accountName.get(v) ?? t("activity.anotherAccount");
      if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return dates.calendar(new Date(`${v}T00:00:00.000Z`));
      if (field === "billingAddress" && typeof v === "object") {
        const a = v as Record<string, unknown>;
        return short([a.line1, a.line2, [a.postalCode, a.city].filter(Boolean).join(" "), a.country].filter((x) => typeof x === "string" && x).join(", "));
      }
      if (typeof v === "boolean") return v ? t("activity.yes") : t("activity.no");
      if (typeof v === "string" || typeof v === "number") return short(String(v));
      return short(JSON.stringify(v));
    },
    [t, dates, memberName, accountName],
  );
}
