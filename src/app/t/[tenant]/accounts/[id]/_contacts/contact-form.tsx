"use client";
/**
 * Adds or edits a contact inline. Validated with the server's schema; phone numbers are also
 * read as the server will (the tenant's country unless they start with +), so a typo shows
 * before the round trip; their placeholder is an example number of that country.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { formatPhone, phoneExample } from "@/i18n/format/phone";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import type { ContactRole } from "@/generated/prisma/enums";
import { LOCALES, type AppLocale } from "@/i18n/locales";
import { normalizePhone } from "@/server/crm/phone";
import { contactFields } from "@/server/routers/crm/accounts.schema";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { zodFieldErrors, type FieldErrors } from "@/server/errors";
import { useAccounts } from "../../_components/context";
import { focusFirstInvalid } from "../../_components/focus";
import { useProblem } from "@/components/problem";
import type { Contact } from "../../_components/types";
import { RolesPicker } from "./roles-picker";
import { contactName } from "../../_components/contact-name";

type Form = { firstName: string; lastName: string; email: string; phone: string; mobile: string; jobTitle: string; roles: ContactRole[]; locale: AppLocale };

const formOf = (c: Contact | null, locale: AppLocale): Form => ({
  firstName: c?.firstName ?? "",
  lastName: c?.lastName ?? "",
  email: c?.email ?? "",
  phone: c?.phone ? formatPhone(c.phone) : "",
  mobile: c?.mobile ? formatPhone(c.mobile) : "",
  jobTitle: c?.jobTitle ?? "",
  roles: c?.roles ?? [],
  locale: c?.locale ?? locale,
});

type Props = { accountId: string; contact: Contact | null; onDone: () => void };

export function ContactForm({ accountId, contact, onDone }: Props) {
  const t = useTranslations("accounts.contacts");
  const v = useValidationMessage();
  const problem = useProblem();
  const { country, locale } = useAccounts();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [form, setForm] = useState<Form>(() => formOf(contact, locale));
  const example = phoneExample(country) ?? undefined;
  const [errors, setErrors] = useState<FieldErrors>({});
  const options = {
    onSuccess: async () => {
      // Everything about accounts: this page, and the contact counts of the list.
      await qc.invalidateQueries(trpc.accounts.pathFilter());
      onDone();
    },
  };
  const add = useMutation(trpc.accounts.addContact.mutationOptions(options));
  const update = useMutation(trpc.accounts.updateContact.mutationOptions(options));
  const mutation = contact ? update : add;
  const server = fieldErrorsOf(mutation.error);
  const err = (k: string) => v(errors[k] ?? server[k]);
  const set = <K extends keyof Form>(k: K, value: Form[K]) => setForm((f) => ({ ...f, [k]: value }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const el = e.currentTarget as HTMLFormElement;
    const parsed = contactFields.safeParse(form);
    const found: FieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
    for (const k of ["phone", "mobile"] as const) {
      const n = form[k].trim() ? normalizePhone(form[k], country) : null;
      if (n && !n.ok) found[k] = [n.error];
    }
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) return focusFirstInvalid(el);
    const onError = () => focusFirstInvalid(el);
    if (contact) update.mutate({ id: contact.id, ...parsed.data }, { onError });
    else add.mutate({ accountId, ...parsed.data }, { onError });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={contact ? t("editTitle", { name: contactName(contact) }) : t("addTitle")} className="space-y-4 rounded-md border border-gray-200 bg-gray-50 p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <TextField label={t("firstName")} value={form.firstName} onChange={(e) => set("firstName", e.target.value)} error={err("firstName")} autoComplete="off" />
        <TextField label={t("lastName")} value={form.lastName} onChange={(e) => set("lastName", e.target.value)} error={err("lastName")} hint={t("nameHint")} autoComplete="off" />
        <TextField label={t("jobTitle")} value={form.jobTitle} onChange={(e) => set("jobTitle", e.target.value)} error={err("jobTitle")} autoComplete="off" />
        <TextField label={t("email")} type="email" value={form.email} onChange={(e) => set("email", e.target.value)} error={err("email")} autoComplete="off" />
        <TextField label={t("phone")} type="tel" value={form.phone} onChange={(e) => set("phone", e.target.value)} error={err("phone")} hint={t("phoneHint")} placeholder={example} autoComplete="off" />
        <TextField label={t("mobile")} type="tel" value={form.mobile} onChange={(e) => set("mobile", e.target.value)} error={err("mobile")} hint={t("phoneHint")} placeholder={example} autoComplete="off" />
      </div>
      <div className="flex flex-wrap items-start gap-x-10 gap-y-4">
        <RolesPicker value={form.roles} onChange={(r) => set("roles", r)} error={err("roles")} />
        <div className="w-48">
          <SelectField label={t("locale")} value={form.locale} onChange={(e) => set("locale", e.target.value as AppLocale)} error={err("locale")} hint={t("localeHint")}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`locales.${l}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      {mutation.error && Object.keys(server).length === 0 && <Notice tone="error">{problem(mutation.error)}</Notice>}
      <div className="flex gap-2">
        <Button type="submit" pending={mutation.isPending}>
          {contact ? t("save") : t("add")}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
