"use client";
/** "Owner" filter shared by the board, the list and the forecast; the choice is kept in the URL. */
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";
import { useTRPC } from "@/trpc/client";
import { ownerParam, useUrlState } from "./url-state";

export function OwnerFilter({ resetPage = false }: { resetPage?: boolean }) {
  const t = useTranslations("deals");
  const trpc = useTRPC();
  const members = useQuery(trpc.directory.members.queryOptions());
  const url = useUrlState();
  const owner = ownerParam(url.get("owner"));
  return (
    <div className="w-56">
      <SelectField
        label={t("filters.owner")}
        value={owner ?? ""}
        onChange={(e) => url.set({ owner: e.target.value || null, ...(resetPage ? { page: null } : {}) })}
      >
        <option value="">{t("filters.allOwners")}</option>
        {members.data?.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
