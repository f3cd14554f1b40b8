"use client";
/** "Owner" filter shared by the board, the list and the forecast; the choice is kept in the URL. */
import { useTranslations } from "next-intl";
import { MemberSelect } from "@/components/member-select";
import { ownerParam, useUrlState } from "@/components/use-url-state";

export function OwnerFilter({ resetPage = false }: { resetPage?: boolean }) {
  const t = useTranslations("deals");
  const url = useUrlState();
  return (
    <div className="w-56">
      <MemberSelect
        label={t("filters.owner")}
        noneLabel={t("filters.allOwners")}
        value={ownerParam(url.get("owner"))}
        onChange={(id) => url.set({ owner: id, ...(resetPage ? { page: null } : {}) })}
      />
    </div>
  );
}
