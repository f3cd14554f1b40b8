"use client";
/** Search, status and sales-rep filters above the list; every change starts again at page 1. */
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { MemberSelect } from "@/components/member-select";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import type { ListAccountsInput } from "@/server/routers/crm/accounts.schema";
import { ACCOUNT_STATUSES, StatusLegend } from "../_components/status-badge";
import { SearchBox } from "./search-box";

type Props = { params: ListAccountsInput; onChange: (patch: Record<string, string | null>) => void };

export function hasFilters(p: ListAccountsInput): boolean {
  return Boolean(p.search || p.status || p.ownerId);
}

export const CLEARED = { q: null, status: null, owner: null, page: null } as const;

export function ListFilters({ params, onChange }: Props) {
  const t = useTranslations("accounts");
  const onSearch = useCallback((q: string) => onChange({ q: q || null, page: null }), [onChange]);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-3" role="search" aria-label={t("list.filtersLabel")}>
        <SearchBox value={params.search} onSearch={onSearch} />
        <div className="w-48">
          <SelectField label={t("list.status")} value={params.status ?? ""} onChange={(e) => onChange({ status: e.target.value || null, page: null })}>
            <option value="">{t("list.allStatuses")}</option>
            {ACCOUNT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="w-56">
          <MemberSelect label={t("list.owner")} noneLabel={t("list.allOwners")} value={params.ownerId ?? null} onChange={(id) => onChange({ owner: id, page: null })} />
        </div>
        {hasFilters(params) && (
          <Button variant="ghost" onClick={() => onChange(CLEARED)}>
            {t("list.clearFilters")}
          </Button>
        )}
      </div>
      <StatusLegend />
    </div>
  );
}
