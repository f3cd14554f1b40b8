"use client";
/** One service line in the deal's table, with edit and a confirmed remove. */
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormat } from "@/components/format";
import { useMoney } from "@/components/format-money";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/client";
import { useInvalidateDeals } from "../_board/use-move-deal";
import type { DealLine } from "../_components/types";
import { useAttributeSummary } from "./line-attributes";
import { useProblem } from "@/components/problem";

type Props = { line: DealLine; currency: string; won: boolean; editable: boolean; onEdit: () => void };

export function LineRow({ line, currency, won, editable, onEdit }: Props) {
  const t = useTranslations("deals");
  const problemOf = useProblem();
  const money = useMoney();
  const date = useFormat().calendar;
  const summary = useAttributeSummary();
  const trpc = useTRPC();
  const invalidate = useInvalidateDeals();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation(trpc.deals.removeLine.mutationOptions({ onSuccess: invalidate }));
  const sub = line.subscription;
  const name = line.serviceType.name;
  return (
    <tr data-testid="service-line">
      <th scope="row" className="min-w-36 py-2 pr-3 text-left font-medium">
        {name}
        {line.serviceType.requiresInstallation && <span className="block text-xs font-normal text-gray-500">{t("lines.installation")}</span>}
      </th>
      <td className="px-3 py-2 text-right tabular-nums">{line.quantity}</td>
      <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{money(line.unitPrice, currency)}</td>
      <td className="px-3 py-2">{t(`frequencies.${line.frequency}`)}</td>
      <td className="px-3 py-2 text-right tabular-nums">{line.frequency === "ONE_OFF" ? "—" : t("lines.months", { count: line.commitmentMonths })}</td>
      <td className="min-w-40 max-w-72 px-3 py-2 text-gray-700">{summary(line.serviceType.attributeSchema, line.attributes) || "—"}</td>
      <td className="px-3 py-2 text-gray-700">{line.billingAccount?.name ?? "—"}</td>
      <td className="whitespace-nowrap px-3 py-2 text-right font-medium tabular-nums">{money(line.mrr, currency)}</td>
      {won && (
        <td className="px-3 py-2" data-testid="subscription-status">
          {!sub ? (
            "—"
          ) : sub.status === "ACTIVE" ? (
            <span className="text-green-800">{sub.startDate ? t("subscription.activeFrom", { date: date(sub.startDate) }) : t("subscription.ACTIVE")}</span>
          ) : sub.status === "PENDING" ? (
            <span className="text-amber-800">{t("subscription.pendingGoLive")}</span>
          ) : (
            <span className="text-gray-600">{t(`subscription.${sub.status}`)}</span>
          )}
        </td>
      )}
      {editable && (
        <td className="py-2 pl-3 text-right">
          {/* Stacked, so the table fits the card without hiding its actions beyond the edge. */}
          {confirming ? (
            <span className="flex flex-col items-end gap-1">
              <Button variant="danger" pending={remove.isPending} onClick={() => remove.mutate({ id: line.id })} aria-label={t("lines.confirmRemoveOf", { name })}>
                {t("lines.confirmRemove")}
              </Button>
              <Button variant="ghost" onClick={() => { setConfirming(false); remove.reset(); }}>
                {t("common.cancel")}
              </Button>
            </span>
          ) : (
            <span className="flex flex-col items-end gap-1">
              <Button variant="ghost" onClick={onEdit} aria-label={t("lines.editOf", { name })}>
                {t("common.edit")}
              </Button>
              <Button variant="ghost" onClick={() => setConfirming(true)} aria-label={t("lines.removeOf", { name })}>
                {t("common.remove")}
              </Button>
            </span>
          )}
          {remove.error && <p role="alert" className="mt-1 text-xs text-red-700">{problemOf(remove.error, "stage")}</p>}
        </td>
      )}
    </tr>
  );
}
