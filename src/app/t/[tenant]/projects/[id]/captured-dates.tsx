"use client";
/** The dates the project captured (porting, installation); correcting one re-dates the actions due around it. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useFormat } from "@/components/format";
import { Problem } from "@/components/problem";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { useValidationMessage } from "@/components/use-validation-message";
import { calendarDate } from "@/server/routers/crm/deals.schema";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import type { ProjectDetail } from "./project-view";

type Captured = ProjectDetail["capturedDates"][number];

export function CapturedDates({ project, canSteer }: { project: ProjectDetail; canSteer: boolean }) {
  const t = useTranslations("projects.dates");
  const format = useFormat();
  const [editing, setEditing] = useState<Captured | null>(null);
  return (
    <section aria-labelledby="dates-title" className="space-y-3 rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="dates-title" className="font-semibold">
        {t("title")}
      </h2>
      {project.capturedDates.length === 0 ? (
        <p className="text-sm text-gray-600">{t("empty")}</p>
      ) : (
        <dl className="space-y-2 text-sm">
          {project.capturedDates.map((d) => (
            <div key={d.key} className="flex items-center justify-between gap-2">
              <div>
                <dt className="text-gray-500">{d.label}</dt>
                <dd className="font-medium">{format.calendar(d.value)}</dd>
              </div>
              {canSteer && (
                <Button type="button" variant="ghost" onClick={() => setEditing(d)} aria-label={t("editLabel", { label: d.label })}>
                  {t("edit")}
                </Button>
              )}
            </div>
          ))}
        </dl>
      )}
      <Dialog open={editing !== null} onClose={() => setEditing(null)} title={editing ? t("dialogTitle", { label: editing.label }) : ""} description={t("dialogIntro")}>
        {editing && <DateForm key={editing.key} projectId={project.id} date={editing} onClose={() => setEditing(null)} />}
      </Dialog>
    </section>
  );
}

function DateForm({ projectId, date, onClose }: { projectId: string; date: Captured; onClose: () => void }) {
  const t = useTranslations("projects.dates");
  const v = useValidationMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(date.value);
  const [local, setLocal] = useState<string | null>(null);
  const save = useMutation(
    trpc.projects.setCapturedDate.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.projects.pathKey() });
        onClose();
      },
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!calendarDate.safeParse(value).success) return setLocal("date");
    setLocal(null);
    save.mutate({ id: projectId, dateKey: date.key, value });
  }
  const server = fieldErrorsOf(save.error);
  const error = v(local ?? server.value);
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <div className="w-56">
        <DateField label={date.label} value={value} onChange={setValue} error={error} required />
      </div>
      {save.error && !server.value && <Problem error={save.error} />}
      <DialogActions cancelLabel={t("cancel")} onCancel={onClose} submitLabel={t("save")} pending={save.isPending} />
    </form>
  );
}
