"use client";
/** A contact's roles as checkboxes: a person may be both the decision maker and the payer. */
import { useTranslations } from "next-intl";
import type { ContactRole } from "@/generated/prisma/enums";

export const CONTACT_ROLES = ["DECISION_MAKER", "TECHNICAL", "BILLING"] as const satisfies readonly ContactRole[];

export function RolesPicker({ value, onChange, error }: { value: ContactRole[]; onChange: (r: ContactRole[]) => void; error?: string }) {
  const t = useTranslations("accounts.contacts");
  const toggle = (r: ContactRole, on: boolean) => onChange(on ? [...value, r] : value.filter((x) => x !== r));
  return (
    <fieldset aria-invalid={Boolean(error)}>
      <legend className="text-sm font-medium text-gray-800">{t("roles")}</legend>
      <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
        {CONTACT_ROLES.map((r) => (
          <label key={r} className="inline-flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" checked={value.includes(r)} onChange={(e) => toggle(r, e.target.checked)} />
            {t(`role.${r}`)}
          </label>
        ))}
      </div>
      <p className="mt-1 text-xs text-gray-500">{t("rolesHint")}</p>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
