"use client";
/**
 * The account's notes: plain text as typed or imported (line breaks kept), read by everyone,
 * edited in place by those who sell; each save is recorded in the account's history.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormActions } from "@/components/ui/form-actions";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { useAccounts } from "../../_components/context";
import { useProblem } from "@/components/problem";
import { EmptyLine, Section } from "../../_components/section";
import type { AccountDetail } from "../../_components/types";

export function NotesCard({ account }: { account: AccountDetail }) {
  const t = useTranslations("accounts.detail");
  const { canWrite } = useAccounts();
  const [editing, setEditing] = useState(false);
  return (
    <Section
      id="notes-heading"
      title={t("notes")}
      actions={
        canWrite && !editing ? (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t("notesEdit")}
          </Button>
        ) : null
      }
    >
      {editing ? (
        <NotesEdit account={account} onDone={() => setEditing(false)} />
      ) : account.notes ? (
        <p className="whitespace-pre-wrap break-words text-sm text-gray-900">{account.notes}</p>
      ) : (
        <EmptyLine>{t("notesEmpty")}</EmptyLine>
      )}
    </Section>
  );
}

function NotesEdit({ account, onDone }: { account: AccountDetail; onDone: () => void }) {
  const t = useTranslations("accounts.detail");
  const v = useValidationMessage();
  const problem = useProblem();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const id = useId();
  const [notes, setNotes] = useState(account.notes);
  const save = useMutation(
    trpc.accounts.setNotes.mutationOptions({
      onSuccess: async () => {
        await qc.invalidateQueries(trpc.accounts.get.pathFilter());
        onDone();
      },
    }),
  );
  const fieldError = v(fieldErrorsOf(save.error).notes);
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    save.mutate({ id: account.id, notes });
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={t("notesLabel")}>
      <label htmlFor={id} className="block text-sm font-medium text-gray-900">
        {t("notesLabel")}
      </label>
      <textarea
        id={id}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        rows={Math.min(20, Math.max(6, notes.split("\n").length + 1))}
        aria-describedby={`${id}-hint`}
        aria-invalid={fieldError ? true : undefined}
        className="block w-full rounded-md border border-gray-300 px-3 py-2 text-sm shadow-sm focus:border-brand focus:outline-2 focus:outline-brand"
        autoFocus
      />
      <p id={`${id}-hint`} className={`text-xs ${fieldError ? "text-red-700" : "text-gray-500"}`}>
        {fieldError ?? t("notesHint")}
      </p>
      {save.error && !fieldError && <Notice tone="error">{problem(save.error)}</Notice>}
      <FormActions saveLabel={t("notesSave")} cancelLabel={t("notesCancel")} onCancel={onDone} pending={save.isPending} />
    </form>
  );
}
