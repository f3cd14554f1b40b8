"use client";
/**
 * Mark Won ("go to production", DESIGN §2): shows what winning will do to each service line
 * before it is done, because it cannot be undone: each line needing installation becomes a
 * deployment project — its template, target go-live and people chosen here, its schedule
 * previewed — and waits for its go-live; the others become active subscriptions from the won date.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
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
import { chosenTemplate, projectChoice, targetOf, type WonChoice } from "./won-choice";
import { WonLineCard } from "./won-line-card";

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
  const qc = useQueryClient();
  const { tenant: slug } = useParams<{ tenant: string }>();
  const ids = useId();
  const today = useToday();
  const date = useFormat().calendar;
  const money = useMoney();
  const invalidate = useInvalidateDeals();
  const deal = useQuery(trpc.deals.get.queryOptions({ id: dealId }));
  const plan = useQuery(trpc.deals.markWonPlan.queryOptions({ id: dealId }));
  const [wonAt, setWonAt] = useState(() => today());
  const [dateError, setDateError] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, WonChoice>>({});
  const [targetErrors, setTargetErrors] = useState<Record<string, string>>({});
  const win = useMutation(
    trpc.deals.markWon.mutationOptions({
      onSuccess: async (result) => {
        await Promise.all([invalidate(), qc.invalidateQueries(trpc.projects.pathFilter()), qc.invalidateQueries(trpc.myDay.pathFilter())]);
        onWon(result);
      },
    }),
  );

  if (deal.isPending || plan.isPending) return <p role="status" className="text-sm text-gray-500">{t("common.loading")}</p>;
  if (deal.error) return <Problem error={deal.error} />;
  if (plan.error) return <Problem error={plan.error} />;
  const { lines, currency, totals } = deal.data;
  const installable = plan.data.lines;
  const active = lines.filter((line) => !line.serviceType.requiresInstallation);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!plan.data) return;
    const parsed = calendarDate.safeParse(wonAt);
    const targets = Object.fromEntries(
      installable.flatMap((line) => {
        const checked = calendarDate.safeParse(targetOf(plan.data, choices[line.id]));
        return checked.success ? [] : [[line.id, checked.error.issues[0]?.message ?? "date"]];
      }),
    );
    setDateError(parsed.success ? null : (parsed.error.issues[0]?.message ?? "date"));
    setTargetErrors(targets);
    if (!parsed.success || Object.keys(targets).length > 0) return;
    win.mutate({ id: dealId, wonAt: parsed.data, projects: installable.map((line) => projectChoice(plan.data, line, choices[line.id])) });
  }

  const server = fieldErrorsOf(win.error);
  const serverTarget = (i: number) => server[`projects.${i}.targetGoLive`];
  const targetFailed = installable.some((_, i) => serverTarget(i));
  const problem =
    v(server.lines ?? server.people ?? server._ ?? server.stage) ?? (win.error && !server.wonAt && !targetFailed ? problemOf(win.error) : undefined);
  const validDate = calendarDate.safeParse(wonAt).success;
  const blocked = lines.length === 0 || installable.some((line) => !chosenTemplate(line, choices[line.id]));
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {lines.length === 0 && <Notice tone="warning">{v("dealNoLines")}</Notice>}
      {installable.length > 0 && (
        <section className="space-y-3" aria-labelledby={`${ids}-projects`}>
          <div>
            <h3 id={`${ids}-projects`} className="text-sm font-semibold text-gray-900">
              {t("markWon.projectsTitle")}
            </h3>
            <p className="text-sm text-gray-600">{t("markWon.projectsIntro")}</p>
          </div>
          {installable.map((line, i) => {
            const target = targetOf(plan.data, choices[line.id]);
            return (
              <WonLineCard
                key={line.id}
                slug={slug}
                line={line}
                members={plan.data.members}
                choice={choices[line.id]}
                target={target}
                validTarget={calendarDate.safeParse(target).success}
                targetError={v(targetErrors[line.id] ?? serverTarget(i))}
                onChange={(choice) => setChoices((all) => ({ ...all, [line.id]: choice }))}
              />
            );
          })}
        </section>
      )}
      {active.length > 0 && (
        <section className="space-y-2" aria-labelledby={`${ids}-active`}>
          <h3 id={`${ids}-active`} className="text-sm font-semibold text-gray-900">
            {t("markWon.otherLinesTitle")}
          </h3>
          <ul className="divide-y divide-gray-200 rounded-md border border-gray-200">
            {active.map((line) => (
              <li key={line.id} className="flex flex-wrap items-baseline justify-between gap-2 px-3 py-2 text-sm">
                <span className="break-words font-medium">
                  {line.quantity} × {line.serviceType.name}
                </span>
                <span className="text-green-800">{t("markWon.activeLine", { date: validDate ? date(wonAt) : "…" })}</span>
              </li>
            ))}
          </ul>
        </section>
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
        <Button type="submit" pending={win.isPending} disabled={blocked}>
          {t("markWon.confirm")}
        </Button>
      </div>
    </form>
  );
}
