"use client";
/**
 * Picks a member for one of the account's default actors. Members who hold a fitting role
 * come first; the others stay choosable, since a small reseller's admin often does it all.
 */
import { useTranslations } from "next-intl";
import { useMembers } from "@/components/member-select";
import { SelectField } from "@/components/ui/field";
import type { Role } from "@/generated/prisma/enums";

type Props = { label: string; value: string | null; onChange: (id: string | null) => void; fitting: readonly Role[]; error?: string };

export function ActorSelect({ label, value, onChange, fitting, error }: Props) {
  const t = useTranslations("accounts.form");
  const members = useMembers();
  const all = members.data ?? [];
  const fits = all.filter((m) => m.roles.some((r) => fitting.includes(r)));
  const others = all.filter((m) => !fits.includes(m));
  const group = (title: string, list: typeof all) =>
    list.length > 0 && (
      <optgroup label={title}>
        {list.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </optgroup>
    );
  return (
    <SelectField label={label} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)} error={error} disabled={members.isPending}>
      <option value="">{members.isPending ? t("loadingMembers") : t("nobody")}</option>
      {group(t("suggested"), fits)}
      {group(t("otherMembers"), others)}
    </SelectField>
  );
}
