"use client";
/** Edit mode of the details card: the same fields as "New account", plus both addresses. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { FormActions } from "@/components/ui/form-actions";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { AccountFields } from "../../_components/account-fields";
import { accountFormOf, useAccountForm } from "../../_components/account-form";
import { useAccounts } from "../../_components/context";
import { focusFirstInvalid } from "../../_components/focus";
import { useProblem } from "@/components/problem";
import type { AccountDetail } from "../../_components/types";

export function DetailsEdit({ account, onDone }: { account: AccountDetail; onDone: () => void }) {
  const t = useTranslations("accounts.detail");
  const v = useValidationMessage();
  const problem = useProblem();
  const { country } = useAccounts();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const { form, set, errors, validate } = useAccountForm(accountFormOf(account, country));
  const update = useMutation(
    trpc.accounts.update.mutationOptions({
      onSuccess: async () => {
        // The payer's page lists who it pays for, and the list shows names and owners.
        await Promise.all([qc.invalidateQueries(trpc.accounts.get.pathFilter()), qc.invalidateQueries(trpc.accounts.list.pathFilter())]);
        onDone();
      },
    }),
  );
  const server = fieldErrorsOf(update.error);
  const err = (k: string) => v(errors[k] ?? server[k]);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const el = e.currentTarget as HTMLFormElement;
    const input = validate(true);
    if (input) update.mutate({ id: account.id, ...input }, { onError: () => focusFirstInvalid(el) });
    else focusFirstInvalid(el);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("editTitle")}>
      <AccountFields form={form} set={set} err={err} accountId={account.id} withAddresses />
      {update.error && Object.keys(server).length === 0 && <Notice tone="error">{problem(update.error)}</Notice>}
      <FormActions saveLabel={t("save")} cancelLabel={t("cancel")} onCancel={onDone} pending={update.isPending} />
    </form>
  );
}
