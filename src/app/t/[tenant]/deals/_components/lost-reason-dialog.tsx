"use client";
/** Asks why a deal was lost: the reason is required, by the server too (DESIGN §2). */
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";

type Props = { open: boolean; dealName: string; pending: boolean; error?: string | null; onCancel: () => void; onConfirm: (reason: string) => void };

export function LostReasonDialog({ open, dealName, onCancel, ...form }: Props) {
  const t = useTranslations("deals");
  return (
    <Dialog open={open} onClose={onCancel} title={t("lost.title", { deal: dealName })}>
      <LostReasonForm onCancel={onCancel} {...form} />
    </Dialog>
  );
}

function LostReasonForm({ pending, error, onCancel, onConfirm }: Omit<Props, "open" | "dealName">) {
  const t = useTranslations("deals");
  const v = useValidationMessage();
  const id = useId();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) return setMissing(true);
    onConfirm(reason.trim());
  }
  const message = missing ? v("lostReasonRequired") : null;
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-gray-800">
          {t("lost.reason")} <span aria-hidden className="text-red-700">*</span>
        </label>
        <textarea
          id={id}
          autoFocus
          required
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setMissing(false);
          }}
          aria-invalid={Boolean(message)}
          aria-describedby={message ? `${id}-error` : `${id}-hint`}
          className={`block w-full rounded-md border px-3 py-2 text-sm shadow-sm ${message ? "border-red-500" : "border-gray-300"}`}
        />
        {message ? (
          <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
            {message}
          </p>
        ) : (
          <p id={`${id}-hint`} className="text-xs text-gray-500">
            {t("lost.hint")}
          </p>
        )}
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
        <Button type="submit" variant="danger" pending={pending}>
          {t("lost.confirm")}
        </Button>
      </div>
    </form>
  );
}
