"use client";
/**
 * Mark Won ("go to production", DESIGN §2): shows what winning will do to each service line
 * before it is done, because it cannot be undone: lines needing installation wait for their
 * go-live, the others become active subscriptions from the won date.
 */
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useFormat, useToday } from "@/components/format";
import { useMoney } from "@/components/format-money";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DateField } from "@/components/ui/date-field";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import { calendarDate } from "@/server/routers/crm/deals.schema";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { useInvalidateDeals } from "../_board/use-move-deal";
import type { MarkWonResult } from "./types";
import { Problem, useProblem } from "@/components/problem";

type Props = { dealId: string | null; dealName: string; onClose: () => void; onWon: (result: MarkWonResult) => void };

export function MarkWonDialog({ dealId, dealName, onClose, onWon }: Props) {
  const t = useTranslations("deals");
  return (
    <Dialog open={dealId !== null} onClose={onClose} title={t("markWon.title", { deal: dealName })} description={t("markWon.intro")} wide>
      {dealId && <MarkWonForm dealId={dealId} onClose={onClose} onWon={onWon} />}
    </Dialog>
  );
}

function MarkWonForm({ dealId, onClose, onWon }: { dealId: string; onClose: () => void; onWon: Props["onWon"] }) {
  const t = useTranslations("deals");
  const v = useValidationMessage();
  const problemOf = useProblem();
  const trpc = useTRPC();
  const today = useToday();
  const date = useFormat().calendar;
  const money = useMoney();
  const invalidate = useInvalidateDeals();
  const deal = useQuery(trpc.deals.get.queryOptions({ id: dealId }));
  const [wonAt, setWonAt] = useState(() => today());
  const [dateError, setDateError] = useState<string | null>(null);
  const win = useMutation(
    trpc.deals.markWon.mutationOptions({
      onSuccess: async (result) => {
        await invalidate();
        onWon(result);
      },
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = calendarDate.safeParse(wonAt);
    if (!parsed.success) return setDateError(parsed.error.issues[0]?.message ?? "date");
    setDateError(null);
    win.mutate({ id: dealId, wonAt: parsed.data });
  }

  if (deal.isPending) return <p role="status" className="text-sm text-gray-500">{t("common.loading")}</p>;
  if (deal.error) return <Problem error={deal.error} />;
  const { lines, currency, totals } = deal.data;
  const server = fieldErrorsOf(win.error);
  const problem = v(server.lines ?? server._ ?? server.stage) ?? (win.error && !server.wonAt ? problemOf(win.error) : undefined);
  const validDate = calendarDate.safeParse(wonAt).success;
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {lines.length === 0 ? (
        <Notice tone="warning">{v("dealNoLines")}</Notice>
      ) : (
        <ul className="divide-y divide-gray-200 rounded-md border border-gray-200" aria-label={t("lines.title")}>
          {lines.map((line) => (
            <li key={line.id} className="flex flex-wrap items-baseline justify-between gap-2 px-3 py-2 text-sm">
              <span className="font-medium">
                {line.quantity} × {line.serviceType.name}
              </span>
              {line.serviceType.requiresInstallation ? (
                <span className="text-amber-800">{t("markWon.pendingLine")}</span>
              ) : (
                <span className="text-green-800">{t("markWon.activeLine", { date: validDate ? date(wonAt) : "…" })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm text-gray-700">
        {t("markWon.summary", { mrr: money(totals.mrr, currency), contractValue: money(totals.contractValue, currency) })}
      </p>
      <div className="w-48">
        <DateField label={t("markWon.wonAt")} value={wonAt} max={today()} onChange={setWonAt} error={v(dateError ?? server.wonAt)} required />
      </div>
      {problem && <Notice tone="error">{problem}</Notice>}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onClose}>
          {t("common.cancel")}
        </Button>
        <Button type="submit" pending={win.isPending} disabled={lines.length === 0}>
          {t("markWon.confirm")}
        </Button>
      </div>
    </form>
  );
}
