"use client";
/** "New account": the essentials in a dialog, then straight to the new account's page. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { AccountFields } from "../_components/account-fields";
import { emptyAccountForm, useAccountForm } from "../_components/account-form";
import { useAccounts } from "../_components/context";
import { focusFirstInvalid } from "../_components/focus";
import { useProblem } from "@/components/problem";

export function NewAccountDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations("accounts.create");
  return (
    <Dialog open={open} onClose={onClose} title={t("title")} description={t("description")} wide>
      <NewAccountForm onCancel={onClose} />
    </Dialog>
  );
}

function NewAccountForm({ onCancel }: { onCancel: () => void }) {
  const t = useTranslations("accounts.create");
  const v = useValidationMessage();
  const problem = useProblem();
  const { slug, country } = useAccounts();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const router = useRouter();
  const { form, set, errors, validate } = useAccountForm(emptyAccountForm(country));
  const create = useMutation(
    trpc.accounts.create.mutationOptions({
      onSuccess: async (account) => {
        await qc.invalidateQueries(trpc.accounts.list.pathFilter());
        router.push(`/t/${slug}/accounts/${account.id}`);
      },
    }),
  );
  const server = fieldErrorsOf(create.error);
  const err = (k: string) => v(errors[k] ?? server[k]);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const el = e.currentTarget as HTMLFormElement;
    const input = validate(false);
    if (input) create.mutate(input, { onError: () => focusFirstInvalid(el) });
    else focusFirstInvalid(el);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <AccountFields form={form} set={set} err={err} />
      {create.error && Object.keys(server).length === 0 && <Notice tone="error">{problem(create.error)}</Notice>}
      <DialogActions cancelLabel={t("cancel")} onCancel={onCancel} submitLabel={t("submit")} pending={create.isPending || create.isSuccess} />
    </form>
  );
}
