"use client";
/**
 * The questions a command asks before it is sent: completing asks for the captured date when
 * the action captures one (the porting date) and takes an optional note; blocking and skipping
 * need a reason; moving needs the new date (not in the past) and a reason. Server refusals
 * show next to the field they concern.
 */
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useToday } from "@/components/format";
import { Problem } from "@/components/problem";
import { DateField } from "@/components/ui/date-field";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextAreaField } from "@/components/ui/field";
import { useValidationMessage } from "@/components/use-validation-message";
import { calendarDate } from "@/server/routers/crm/deals.schema";
import { fieldErrorsOf } from "@/trpc/client";
import type { ActionCommands } from "./use-action-commands";

export type ActionTarget = { id: string; title: string; dueDate: string | null; capturesDate: { label: string } | null };
export type DialogMode = "complete" | "block" | "move" | "skip";

type Props = { mode: DialogMode | null; action: ActionTarget | null; commands: ActionCommands; onClose: () => void };

export function ActionDialog({ mode, action, commands, onClose }: Props) {
  const t = useTranslations("projects.dialog");
  const open = mode !== null && action !== null;
  return (
    <Dialog open={open} onClose={onClose} title={open ? t(`${mode}.title`, { action: action.title }) : ""}>
      {open && <ActionForm key={`${mode}-${action.id}`} mode={mode} action={action} commands={commands} onClose={onClose} />}
    </Dialog>
  );
}

function ActionForm({ mode, action, commands, onClose }: { mode: DialogMode; action: ActionTarget; commands: ActionCommands; onClose: () => void }) {
  const t = useTranslations("projects.dialog");
  const v = useValidationMessage();
  const today = useToday();
  // Moving starts from the current due date (or today, if that is past); a captured date starts empty: it is a fact to type.
  const [date, setDate] = useState(() => (mode === "move" ? (action.dueDate && action.dueDate >= today() ? action.dueDate : today()) : ""));
  const [text, setText] = useState("");
  const [local, setLocal] = useState<Record<string, string>>({});
  const mutation = mode === "complete" ? commands.complete : mode === "block" ? commands.block : mode === "move" ? commands.move : commands.skip;
  const server = fieldErrorsOf(mutation.error);
  const needsDate = mode === "move" || (mode === "complete" && action.capturesDate !== null);
  const needsReason = mode !== "complete";

  function submit(e: FormEvent) {
    e.preventDefault();
    const problems: Record<string, string> = {};
    const parsed = calendarDate.safeParse(date);
    if (needsDate && !parsed.success) problems.date = date.trim() === "" ? (mode === "move" ? "dueDateRequired" : "capturedDateRequired") : "date";
    if (mode === "move" && parsed.success && parsed.data < today()) problems.date = "dueDateInPast";
    if (needsReason && text.trim() === "") problems.reason = "reasonRequired";
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const done = { onSuccess: onClose };
    if (mode === "complete") commands.complete.mutate({ id: action.id, capturedDate: action.capturesDate ? date : null, note: text.trim() || null }, done);
    else if (mode === "block") commands.block.mutate({ id: action.id, reason: text }, done);
    else if (mode === "skip") commands.skip.mutate({ id: action.id, reason: text }, done);
    else commands.move.mutate({ id: action.id, dueDate: date, reason: text }, done);
  }

  const dateError = v(local.date ?? server.capturedDate ?? server.dueDate);
  const reasonError = v(local.reason ?? server.reason);
  const shown = Boolean(dateError || reasonError);
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {needsDate && (
        <div className="w-56">
          <DateField
            label={mode === "move" ? t("move.date") : (action.capturesDate?.label ?? "")}
            hint={mode === "complete" ? t("complete.dateHint") : undefined}
            value={date}
            min={mode === "move" ? today() : undefined}
            onChange={setDate}
            error={dateError}
            required
          />
        </div>
      )}
      <TextAreaField
        label={needsReason ? t("reason") : t("complete.note")}
        hint={needsReason ? t(`${mode}.reasonHint`) : t("complete.noteHint")}
        value={text}
        maxLength={needsReason ? 500 : 2000}
        required={needsReason}
        autoFocus={!needsDate}
        onChange={(e) => setText(e.target.value)}
        error={reasonError}
      />
      {mutation.error && !shown && <Problem error={mutation.error} />}
      <DialogActions cancelLabel={t("cancel")} onCancel={onClose} submitLabel={t(`${mode}.confirm`)} pending={mutation.isPending} />
    </form>
  );
}
