"use client";
/** One action on My day: what, for which project and customer, in which phase, due when. */
import Link from "next/link";
import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";
import type { Ref } from "react";
import type { RouterOutputs } from "@/components/router-types";
import { ActionButtons, type Command } from "../_actions/action-buttons";
import { DueDate } from "../_actions/due-date";

export type MyDayItem = RouterOutputs["myDay"]["list"]["actions"][number];

type Props = { ref: Ref<HTMLLIElement>; action: MyDayItem; today: string; selected: boolean; pending: boolean; onFocus: () => void; onCommand: (c: Command) => void };

export function MyDayRow({ ref, action: a, today, selected, pending, onFocus, onCommand }: Props) {
  const t = useTranslations("myDay");
  const { tenant } = useParams<{ tenant: string }>();
  return (
    <li
      ref={ref}
      tabIndex={selected ? 0 : -1}
      onFocus={onFocus}
      aria-current={selected ? "true" : undefined}
      className={`flex flex-wrap items-center justify-between gap-3 px-4 py-3 outline-none focus-visible:ring-2 focus-visible:ring-brand ${selected ? "bg-gray-50" : ""}`}
    >
      {/* Wide enough to read the title in one or two lines: the commands wrap below it first. */}
      <div className="min-w-[20rem] flex-1 space-y-0.5">
        <p className="font-medium text-gray-900">
          {a.title}
          {a.status === "IN_PROGRESS" && <span className="ml-2 rounded bg-blue-50 px-1.5 py-0.5 text-xs font-medium text-blue-800">{t("inProgress")}</span>}
          {a.status === "BLOCKED" && <span className="ml-2 rounded bg-red-50 px-1.5 py-0.5 text-xs font-medium text-red-800">{t("blocked")}</span>}
        </p>
        <p className="text-sm text-gray-600">
          <Link href={`/t/${tenant}/projects/${a.project.id}`} className="text-brand hover:underline">
            {a.project.accountName}
          </Link>
          {" · "}
          {t("phase", { phase: a.project.phaseName })}
        </p>
        {a.status === "BLOCKED" && a.blockedReason && <p className="text-sm text-red-800">{t("blockedReason", { reason: a.blockedReason })}</p>}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <DueDate due={a.dueDate} today={today} />
        <ActionButtons status={a.status} title={a.title} pending={pending} onCommand={onCommand} />
      </div>
    </li>
  );
}
