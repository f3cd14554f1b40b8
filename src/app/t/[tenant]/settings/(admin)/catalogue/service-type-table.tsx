"use client";
/** The catalogue at a glance: each service type's defaults, its attributes and how much it is used. */
import { useTranslations } from "next-intl";
import { useMoney } from "@/components/format-money";
import { Button } from "@/components/ui/button";
import type { ServiceType } from "../../../deals/_components/types";

export function ServiceTypeTable({ types, editingId, onEdit }: { types: ServiceType[]; editingId: string | null; onEdit: (id: string) => void }) {
  const t = useTranslations("deals");
  const money = useMoney();
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white [contain:inline-size]">
      <table className="min-w-full text-sm">
        <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-600">
          <tr>
            <th scope="col" className="px-3 py-2">{t("catalogue.name")}</th>
            <th scope="col" className="px-3 py-2">{t("catalogue.installation")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("catalogue.defaultPrice")}</th>
            <th scope="col" className="px-3 py-2">{t("catalogue.currency")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("catalogue.attributesCount")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("catalogue.linesCount")}</th>
            <th scope="col" className="px-3 py-2">{t("catalogue.status")}</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">{t("catalogue.actions")}</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {types.map((s) => (
            <tr key={s.id} className={s.archived ? "text-gray-500" : ""}>
              <th scope="row" className="px-3 py-2 text-left font-medium">{s.name}</th>
              <td className="px-3 py-2">{s.requiresInstallation ? t("catalogue.installationYes") : t("catalogue.installationNo")}</td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                {money(s.defaultUnitPrice, s.currency)} <span className="text-gray-500">· {t(`frequencies.${s.defaultFrequency}`)}</span>
              </td>
              <td className="px-3 py-2">{s.currency}</td>
              <td className="px-3 py-2 text-right tabular-nums">{s.attributeSchema.length}</td>
              <td className="px-3 py-2 text-right tabular-nums">{s.lines}</td>
              <td className="px-3 py-2">
                {s.archived ? (
                  <span className="rounded-full bg-gray-100 px-2 py-0.5 text-xs font-medium text-gray-700">{t("catalogue.archived")}</span>
                ) : (
                  <span className="rounded-full bg-green-50 px-2 py-0.5 text-xs font-medium text-green-800">{t("catalogue.active")}</span>
                )}
              </td>
              <td className="px-3 py-2 text-right">
                <Button variant="ghost" onClick={() => onEdit(s.id)} disabled={editingId === s.id} aria-label={t("catalogue.editOf", { name: s.name })}>
                  {t("common.edit")}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
