"use client";
/** Who and what the project is for, where it stands against its target, and hold / resume / cancel. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useFormat } from "@/components/format";
import { Problem } from "@/components/problem";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextAreaField } from "@/components/ui/field";
import { useValidationMessage } from "@/components/use-validation-message";
import { useTRPC } from "@/trpc/client";
import { ProjectStatusBadge } from "../status-badge";
import type { ProjectDetail } from "./project-view";

type Command = "hold" | "resume" | "cancel";

export function ProjectHeader({ project: p, canSteer }: { project: ProjectDetail; canSteer: boolean }) {
  const t = useTranslations("projects");
  const { tenant } = useParams<{ tenant: string }>();
  const format = useFormat();
  const [asking, setAsking] = useState<Command | null>(null);
  const late = p.forecastGoLive !== null && p.forecastGoLive > p.targetGoLive;
  return (
    <header className="space-y-3 rounded-lg border border-gray-200 bg-white p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <p className="text-sm text-gray-600">
            <Link href={`/t/${tenant}/accounts/${p.account.id}`} className="text-brand hover:underline">
              {p.account.name}
            </Link>
            {" · "}
            <Link href={`/t/${tenant}/deals/${p.deal.id}`} className="text-brand hover:underline">
              {p.deal.name}
            </Link>
          </p>
          <h1 className="text-2xl font-semibold">{p.name}</h1>
          <p className="text-sm text-gray-600">{t("header.line", { quantity: p.serviceLine.quantity, service: p.serviceLine.serviceTypeName, template: p.template.name, version: p.template.version })}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <ProjectStatusBadge status={p.status} />
          {canSteer && p.status === "ACTIVE" && (
            <Button type="button" variant="secondary" onClick={() => setAsking("hold")}>
              {t("header.hold")}
            </Button>
          )}
          {canSteer && p.status === "ON_HOLD" && (
            <Button type="button" variant="secondary" onClick={() => setAsking("resume")}>
              {t("header.resume")}
            </Button>
          )}
          {canSteer && (p.status === "ACTIVE" || p.status === "ON_HOLD") && (
            <Button type="button" variant="danger" onClick={() => setAsking("cancel")}>
              {t("header.cancel")}
            </Button>
          )}
        </div>
      </div>
      {p.statusReason && (p.status === "ON_HOLD" || p.status === "CANCELLED") && <p className="text-sm text-amber-900">{t("header.reason", { reason: p.statusReason })}</p>}
      <dl className="grid gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-gray-500">{t("header.target")}</dt>
          <dd className="font-medium">{format.calendar(p.targetGoLive)}</dd>
        </div>
        <div>
          <dt className="text-gray-500">{p.goLiveDate ? t("header.wentLive") : t("header.forecast")}</dt>
          <dd className={`font-medium ${late ? "text-red-800" : ""}`}>
            {p.goLiveDate ? format.calendar(p.goLiveDate) : p.forecastGoLive ? format.calendar(p.forecastGoLive) : t("header.noForecast")}
            {late && <span className="ml-2 font-normal">{t("header.late")}</span>}
          </dd>
        </div>
        <div>
          <dt className="text-gray-500">{t("header.progress")}</dt>
          <dd className="font-medium">{t("progress", progressOf(p))}</dd>
        </div>
      </dl>
      <StatusDialog projectId={p.id} command={asking} onClose={() => setAsking(null)} />
    </header>
  );
}

export function progressOf(p: ProjectDetail) {
  const actions = p.phases.flatMap((ph) => ph.actions);
  return { done: actions.filter((a) => a.status === "DONE" || a.status === "SKIPPED").length, total: actions.length };
}

function StatusDialog({ projectId, command, onClose }: { projectId: string; command: Command | null; onClose: () => void }) {
  const t = useTranslations("projects.status");
  return (
    <Dialog open={command !== null} onClose={onClose} title={command ? t(`${command}.title`) : ""} description={command ? t(`${command}.intro`) : undefined}>
      {command && <StatusForm key={command} projectId={projectId} command={command} onClose={onClose} />}
    </Dialog>
  );
}

function StatusForm({ projectId, command, onClose }: { projectId: string; command: Command; onClose: () => void }) {
  const t = useTranslations("projects.status");
  const v = useValidationMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const change = useMutation(
    trpc.projects.setStatus.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.projects.pathKey() });
        onClose();
      },
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    if (command !== "resume" && reason.trim() === "") return setMissing(true);
    change.mutate({ id: projectId, command, reason: command === "resume" ? null : reason });
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {command !== "resume" && (
        <TextAreaField label={t("reason")} value={reason} maxLength={500} required autoFocus onChange={(e) => (setReason(e.target.value), setMissing(false))} error={v(missing ? "reasonRequired" : undefined)} />
      )}
      {change.error && <Problem error={change.error} />}
      <DialogActions cancelLabel={t("back")} onCancel={onClose} submitLabel={t(`${command}.confirm`)} pending={change.isPending} />
    </form>
  );
}
