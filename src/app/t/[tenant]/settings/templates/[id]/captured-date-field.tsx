"use client";
/**
 * The date completing an action asks for (a porting date, an installation date), and how many
 * business days after completion it usually falls, which previews use until a real date exists.
 * People name the date; the key due rules use follows the name (`dateKeyFromLabel`), and the
 * reducer carries the due rules along when it changes.
 */
import { useTranslations } from "next-intl";
import { useId } from "react";
import { dateKeyFromLabel } from "@/server/templates/dates";
import { MAX_DAYS, type CapturedDate } from "@/server/templates/document";
import { DaysInput } from "./days-input";
import { ProblemList } from "./problem-list";
import type { BuilderProblem } from "./problems";

type Props = { value: CapturedDate | null; problems: readonly BuilderProblem[]; onChange: (value: CapturedDate | null) => void };

export function CapturedDateField({ value, problems, onChange }: Props) {
  const t = useTranslations("builder.editor.captures");
  const id = useId();
  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="text-sm font-medium text-gray-800">{t("legend")}</legend>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4"
          checked={value !== null}
          onChange={(e) => onChange(e.target.checked ? { key: dateKeyFromLabel(""), label: "", expectedAfterDays: 5 } : null)}
        />
        {t("toggle")}
      </label>
      {value && (
        <div className="ml-6 space-y-2 text-sm">
          <div className="space-y-1">
            <label htmlFor={id} className="block text-xs font-medium text-gray-700">
              {t("label")}
            </label>
            <input
              id={id}
              value={value.label}
              // A blank name keeps the key: due rules stay attached while the name is retyped.
              onChange={(e) => onChange({ ...value, label: e.target.value, key: e.target.value.trim() === "" ? value.key : dateKeyFromLabel(e.target.value) })}
              placeholder={t("labelPlaceholder")}
              autoComplete="off"
              maxLength={60}
              aria-invalid={problems.length > 0}
              aria-describedby={`${id}-hint`}
              className="block w-full rounded-md border border-gray-300 px-2 py-1 text-sm disabled:bg-gray-100"
            />
            <p id={`${id}-hint`} className="text-xs text-gray-500">
              {t("labelHint")}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <span>{t("usually")}</span>
            <DaysInput value={value.expectedAfterDays} min={0} max={MAX_DAYS} label={t("expectedDays")} onChange={(expectedAfterDays) => onChange({ ...value, expectedAfterDays })} />
            <span>{t("afterCompletion", { days: value.expectedAfterDays })}</span>
          </div>
        </div>
      )}
      <ProblemList problems={problems} />
    </fieldset>
  );
}
