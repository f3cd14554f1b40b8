"use client";
/** The list's own filters (stage, close month, overdue), beside the shared owner filter; all in the URL. */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useUrlState } from "@/components/use-url-state";
import { PIPELINE_STAGES } from "@/server/crm/stages";

export function ListFilters() {
  const t = useTranslations("deals");
  const url = useUrlState();
  const filtered = Boolean(url.get("stage") || url.get("month") || url.get("owner") || url.get("overdue"));
  return (
    <>
      <div className="w-48">
        <SelectField label={t("filters.stage")} value={url.get("stage") ?? ""} onChange={(e) => url.set({ stage: e.target.value || null, page: null })}>
          <option value="">{t("filters.allStages")}</option>
          {PIPELINE_STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`stages.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="w-44">
        <TextField label={t("filters.closeMonth")} type="month" value={url.get("month") ?? ""} onChange={(e) => url.set({ month: e.target.value || null, page: null })} />
      </div>
      <label className="flex h-10 items-center gap-2 text-sm text-gray-700">
        <input type="checkbox" className="size-4 rounded border-gray-300" checked={url.get("overdue") === "1"} onChange={(e) => url.set({ overdue: e.target.checked ? "1" : null, page: null })} />
        {t("filters.overdueOnly")}
      </label>
      {filtered && (
        <Button variant="ghost" onClick={() => url.set({ stage: null, month: null, owner: null, overdue: null, page: null })}>
          {t("filters.clear")}
        </Button>
      )}
    </>
  );
}
