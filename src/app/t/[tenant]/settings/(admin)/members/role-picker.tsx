"use client";
import { useTranslations } from "next-intl";
import type { Role } from "@/generated/prisma/enums";
import { ROLES } from "@/server/identity/roles";

/** A keyboard-friendly group of role checkboxes (a member may hold several roles). */
export function RolePicker(props: { legend: string; value: Role[]; onChange: (roles: Role[]) => void; error?: string }) {
  const tr = useTranslations("roles");
  const toggle = (r: Role, on: boolean) => props.onChange(on ? [...props.value, r] : props.value.filter((x) => x !== r));
  return (
    <fieldset aria-invalid={Boolean(props.error)}>
      <legend className="text-sm font-medium text-gray-800">{props.legend}</legend>
      <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
        {ROLES.map((r) => (
          <label key={r} className="inline-flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" checked={props.value.includes(r)} onChange={(e) => toggle(r, e.target.checked)} />
            {tr(r)}
          </label>
        ))}
      </div>
      {props.error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
