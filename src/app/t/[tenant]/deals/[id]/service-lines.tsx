"use client";
/** The deal's service lines: what is sold, at what price, and (once won) each one's subscription. */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ScrollArea } from "@/components/ui/scroll-area";
import type { DealDetail, DealLine } from "../_components/types";
import { LineForm } from "./line-form";
import { LineRow } from "./line-row";

export function ServiceLines({ deal, editable }: { deal: DealDetail; editable: boolean }) {
  const t = useTranslations("deals");
  // null: closed; "new": adding; a line: editing it.
  const [open, setOpen] = useState<DealLine | "new" | null>(null);
  const won = deal.stage === "WON";
  return (
    <section aria-labelledby="lines-title" className="space-y-3 rounded-lg border border-gray-200 bg-white p-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="lines-title" className="text-lg font-semibold">
          {t("lines.title")}
        </h2>
        {editable && <Button onClick={() => setOpen("new")}>{t("lines.add")}</Button>}
      </div>
      {deal.lines.length === 0 ? (
        <p className="rounded-md border border-dashed border-gray-300 p-6 text-center text-sm text-gray-600">{editable ? t("lines.emptyEditable") : t("lines.empty")}</p>
      ) : (
        <ScrollArea className="[contain:inline-size]">
          <table className="min-w-full text-sm">
            <thead className="border-b border-gray-200 text-left text-xs font-semibold uppercase tracking-wide text-gray-600">
              <tr>
                <th scope="col" className="py-2 pr-3">{t("lines.serviceType")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("lines.quantity")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("lines.unitPrice")}</th>
                <th scope="col" className="px-3 py-2">{t("lines.frequency")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("lines.commitmentShort")}</th>
                <th scope="col" className="px-3 py-2">{t("lines.attributes")}</th>
                <th scope="col" className="px-3 py-2">{t("lines.payerShort")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("lines.lineMrr")}</th>
                {won && <th scope="col" className="px-3 py-2">{t("lines.subscription")}</th>}
                {editable && <th scope="col" className="py-2 pl-3"><span className="sr-only">{t("lines.actions")}</span></th>}
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {deal.lines.map((line) => (
                <LineRow key={line.id} line={line} currency={deal.currency} won={won} editable={editable} onEdit={() => setOpen(line)} />
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      <Dialog open={open !== null} onClose={() => setOpen(null)} title={open === "new" ? t("lines.addTitle") : t("lines.editTitle")} wide>
        {open !== null && <LineForm deal={deal} line={open === "new" ? null : open} onDone={() => setOpen(null)} />}
      </Dialog>
    </section>
  );
}
