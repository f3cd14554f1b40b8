"use client";
/**
 * The phases in order with their actions: available ones with their dates and commands,
 * not-yet-available ones without a date ("waits for earlier actions"), done ones with when
 * and what was captured, skipped ones struck through with the reason.
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormat } from "@/components/format";
import { Problem } from "@/components/problem";
import { Button } from "@/components/ui/button";
import { useRoleLabel } from "@/components/use-role-label";
import type { ActionRole } from "@/server/templates/document";
import { ActionButtons, type Command } from "../../_actions/action-buttons";
import { ActionDialog, type DialogMode } from "../../_actions/action-dialog";
import { DueDate } from "../../_actions/due-date";
import { useActionCommands } from "../../_actions/use-action-commands";
import type { ProjectDetail } from "./project-view";

type Phase = ProjectDetail["phases"][number];
type Action = Phase["actions"][number];

const PHASE_DOT = { DONE: "bg-green-600", ACTIVE: "bg-brand", PENDING: "bg-gray-300" } as const;

export function PhaseTimeline({ project, canWork, canSkip }: { project: ProjectDetail; canWork: boolean; canSkip: boolean }) {
  const t = useTranslations("projects");
  const commands = useActionCommands();
  const [dialog, setDialog] = useState<{ mode: DialogMode; action: Action } | null>(null);
  const run = (a: Action) => (c: Command) => commands.perform(a, c, (mode) => setDialog({ mode, action: a }));
  return (
    <section aria-labelledby="phases-title" className="space-y-4">
      <h2 id="phases-title" className="text-lg font-semibold">
        {t("phases.title")}
      </h2>
      {(commands.start.error ?? commands.unblock.error ?? (dialog ? null : commands.complete.error)) && <Problem error={commands.start.error ?? commands.unblock.error ?? commands.complete.error} />}
      <ol className="space-y-4">
        {project.phases.map((phase) => (
          <li key={phase.id} className="rounded-lg border border-gray-200 bg-white">
            <div className="flex items-center gap-3 border-b border-gray-100 px-4 py-3">
              <span aria-hidden className={`h-2.5 w-2.5 rounded-full ${PHASE_DOT[phase.status]}`} />
              <h3 className="font-semibold">{phase.name}</h3>
              <span className="text-sm text-gray-600">{t(`phases.${phase.status}`)}</span>
              {phase.goLive && <span className="rounded bg-green-50 px-1.5 py-0.5 text-xs font-medium text-green-800">{t("phases.goLive")}</span>}
            </div>
            {phase.actions.length === 0 ? (
              <p className="px-4 py-3 text-sm text-gray-500">{t("phases.empty")}</p>
            ) : (
              <ul className="divide-y divide-gray-100">
                {phase.actions.map((a) => (
                  <ActionItem key={a.id} action={a} today={project.today} canWork={canWork} canSkip={canSkip} pending={commands.start.isPending || commands.unblock.isPending || commands.complete.isPending} onCommand={run(a)} />
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <ActionDialog mode={dialog?.mode ?? null} action={dialog?.action ?? null} commands={commands} onClose={() => setDialog(null)} />
    </section>
  );
}

function ActionItem({ action: a, today, canWork, canSkip, pending, onCommand }: { action: Action; today: string; canWork: boolean; canSkip: boolean; pending: boolean; onCommand: (c: Command) => void }) {
  const t = useTranslations("projects.action");
  const commandLabel = useTranslations("projects.commands");
  const role = useRoleLabel();
  const format = useFormat();
  const open = a.availableAt !== null && (a.status === "TODO" || a.status === "IN_PROGRESS" || a.status === "BLOCKED");
  const who = a.assignee?.name ?? a.contact ?? t("nobody");
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
      <div className="min-w-0 flex-1 space-y-0.5">
        <p className={`font-medium ${a.status === "SKIPPED" ? "text-gray-500 line-through" : a.availableAt === null ? "text-gray-500" : "text-gray-900"}`}>{a.title}</p>
        <p className="text-sm text-gray-600">{t("owner", { role: role(a.role as ActionRole), who })}</p>
        {a.status === "DONE" && a.doneAt && (
          <p className="text-sm text-green-800">
            {t("done", { date: format.calendar(a.doneAt) })}
            {a.capturedDate && ` · ${t("captured", { label: a.captureLabel ?? "", date: format.calendar(a.capturedDate) })}`}
          </p>
        )}
        {a.status === "DONE" && a.note && <p className="text-sm text-gray-700">{t("note", { note: a.note })}</p>}
        {a.status === "SKIPPED" && <p className="text-sm text-gray-600">{t("skipped", { reason: a.skippedReason ?? "" })}</p>}
        {a.status === "BLOCKED" && <p className="text-sm text-red-800">{t("blocked", { reason: a.blockedReason ?? "" })}</p>}
        {a.status === "IN_PROGRESS" && <p className="text-sm text-blue-800">{t("inProgress")}</p>}
        {a.availableAt === null && a.status === "TODO" && <p className="text-sm text-gray-500">{t("waiting")}</p>}
        {open && a.dueRelativeTo && <p className="text-xs text-gray-500">{t("relative", { label: a.dueRelativeTo })}</p>}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {open && <DueDate due={a.dueDate} today={today} />}
        {open && canWork && <ActionButtons status={a.status} title={a.title} canSkip={canSkip} pending={pending} onCommand={onCommand} />}
        {/* An action not needed after all can be skipped before it is even available. */}
        {!open && a.status === "TODO" && canSkip && (
          <Button type="button" variant="ghost" onClick={() => onCommand("skip")} aria-label={commandLabel("skipLabel", { action: a.title })}>
            {commandLabel("skip")}
          </Button>
        )}
      </div>
    </li>
  );
}
