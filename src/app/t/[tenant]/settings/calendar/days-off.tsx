"use client";
/**
 * Members' days off: each member records their own; admins and managers may record anyone's
 * (someone off sick cannot). The list shows everyone's upcoming days off, so a manager sees
 * who is away before assigning work.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormat } from "@/components/format";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useTRPC } from "@/trpc/client";
import { DayOffForm } from "./day-off-form";
import type { CalendarSettings } from "./types";
import { useProblem } from "@/components/problem";

type DayOff = CalendarSettings["daysOff"][number];
type Props = { daysOff: DayOff[]; today: string; me: string; canManageOthers: boolean };

export function DaysOff({ daysOff, today, me, canManageOthers }: Props) {
  const t = useTranslations("calendar.daysOff");
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section aria-labelledby="days-off-heading" className="space-y-4">
      <div>
        <h2 id="days-off-heading" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-gray-600">{t("intro")}</p>
      </div>
      <DayOffForm today={today} me={me} canManageOthers={canManageOthers} />
      <h3 id="days-off-list" className="text-base font-semibold">
        {t("listTitle")}
      </h3>
      {problem && <Notice tone="error">{problem}</Notice>}
      {daysOff.length === 0 ? (
        <p className="rounded-lg border border-dashed border-gray-300 bg-white p-6 text-center text-sm text-gray-600">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white [contain:inline-size]">
          <table aria-labelledby="days-off-list" className="min-w-full text-sm">
            <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-600">
              <tr>
                <th scope="col" className="px-3 py-2">{t("date")}</th>
                <th scope="col" className="px-3 py-2">{t("member")}</th>
                <th scope="col" className="px-3 py-2">{t("note")}</th>
                <th scope="col" className="px-3 py-2"><span className="sr-only">{t("remove")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {daysOff.map((d) => (
                <DayOffRow key={d.id} dayOff={d} mine={d.membershipId === me} removable={canManageOthers || d.membershipId === me} onProblem={setProblem} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function DayOffRow({ dayOff, mine, removable, onProblem }: { dayOff: DayOff; mine: boolean; removable: boolean; onProblem: (p: string | null) => void }) {
  const t = useTranslations("calendar.daysOff");
  const problemOf = useProblem();
  const dates = useFormat();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const remove = useMutation(
    trpc.calendar.removeDayOff.mutationOptions({
      onMutate: () => onProblem(null),
      onSuccess: () => qc.invalidateQueries(trpc.calendar.get.queryFilter()),
      onError: (e) => onProblem(problemOf(e, "membershipId")),
    }),
  );
  const date = dates.calendar(dayOff.date, "long");
  return (
    <tr>
      <td className="whitespace-nowrap px-3 py-2">
        <time dateTime={dayOff.date}>{date}</time>
      </td>
      <td className="px-3 py-2">{mine ? t("you", { name: dayOff.memberName }) : dayOff.memberName}</td>
      <td className="px-3 py-2 text-gray-700">{dayOff.note}</td>
      <td className="px-3 py-2 text-right">
        {removable && (
          <Button variant="ghost" className="px-2 py-1" pending={remove.isPending || remove.isSuccess} onClick={() => remove.mutate({ id: dayOff.id })} aria-label={t("removeOf", { name: dayOff.memberName, date })}>
            {t("remove")}
          </Button>
        )}
      </td>
    </tr>
  );
}
