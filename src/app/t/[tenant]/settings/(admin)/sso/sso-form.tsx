"use client";
/**
 * Settings → SSO: the tenant's OpenID Connect provider. The secret is write-only; "Test
 * connection" reads the issuer's discovery document and says what is wrong, if anything.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox, SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import type { Role } from "@/generated/prisma/enums";
import { ROLES } from "@/server/identity/roles";
import { saveSsoInput } from "@/server/routers/identity/sso.schema";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { zodFieldErrors } from "@/server/errors";

type Form = { issuer: string; clientId: string; clientSecret: string; domains: string; enforceSso: boolean; jitEnabled: boolean; jitRole: Role };

export function SsoForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("sso");
  const trpc = useTRPC();
  const current = useQuery(trpc.sso.get.queryOptions());
  if (current.isPending) return <p role="status" className="text-sm text-gray-500">{t("loading")}</p>;
  if (current.error) return <Notice tone="error">{current.error.message}</Notice>;
  const c = current.data;
  return (
    <SsoFormFields
      callbackUrl={callbackUrl}
      configured={Boolean(c)}
      initial={{
        issuer: c?.issuer ?? "",
        clientId: c?.clientId ?? "",
        clientSecret: "",
        domains: c?.domains.join(", ") ?? "",
        enforceSso: c?.enforceSso ?? false,
        jitEnabled: c?.jitEnabled ?? false,
        jitRole: c?.jitRole ?? "VIEWER",
      }}
    />
  );
}

function SsoFormFields({ callbackUrl, configured, initial }: { callbackUrl: string; configured: boolean; initial: Form }) {
  const t = useTranslations("sso");
  const tr = useTranslations("roles");
  const v = useValidationMessage();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [form, setForm] = useState<Form>(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const save = useMutation(trpc.sso.save.mutationOptions({ onSuccess: () => qc.invalidateQueries(trpc.sso.get.queryFilter()) }));
  const test = useMutation(trpc.sso.test.mutationOptions());

  const input = () => ({
    ...form,
    clientSecret: form.clientSecret || undefined,
    domains: form.domains.split(/[\s,;]+/).filter(Boolean),
  });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = saveSsoInput.safeParse(input());
    if (!parsed.success) {
      return setErrors(zodFieldErrors(parsed.error));
    }
    setErrors({});
    test.reset();
    await save.mutateAsync(parsed.data).catch(() => null);
  }

  const server = fieldErrorsOf(save.error);
  const err = (k: string) => v(errors[k] ?? server[k]);
  const set = <K extends keyof Form>(k: K, value: Form[K]) => setForm((f) => ({ ...f, [k]: value }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-lg border border-gray-200 bg-white p-6">
      <p className="text-sm text-gray-600">{t("intro")}</p>
      <div className="rounded-md bg-gray-50 p-3 text-sm">
        <p className="font-medium">{t("callbackLabel")}</p>
        <code className="break-all text-xs">{callbackUrl}</code>
      </div>
      <TextField label={t("issuer")} value={form.issuer} onChange={(e) => set("issuer", e.target.value)} error={err("issuer")} placeholder={t("issuerPlaceholder")} hint={t("issuerHint")} />
      <div className="flex items-center gap-3">
        <Button type="button" variant="secondary" pending={test.isPending} onClick={() => test.mutate({ issuer: form.issuer.trim() })} disabled={!form.issuer.trim()}>
          {t("test")}
        </Button>
        {test.data?.ok === true && <span role="status" className="text-sm text-green-700">{t("testOk")}</span>}
      </div>
      {test.data?.ok === false && <Notice tone="error" title={t("testFailed")}>{v(test.data.problem)}</Notice>}
      {test.error && <Notice tone="error">{v(fieldErrorsOf(test.error).issuer) ?? test.error.message}</Notice>}
      <TextField label={t("clientId")} value={form.clientId} onChange={(e) => set("clientId", e.target.value)} error={err("clientId")} autoComplete="off" />
      <TextField
        label={t("clientSecret")}
        type="password"
        value={form.clientSecret}
        onChange={(e) => set("clientSecret", e.target.value)}
        error={err("clientSecret")}
        autoComplete="new-password"
        hint={configured ? t("secretKept") : undefined}
      />
      <TextField label={t("domains")} value={form.domains} onChange={(e) => set("domains", e.target.value)} error={err("domains")} hint={t("domainsHint")} placeholder={t("domainsPlaceholder")} />
      <Checkbox label={t("enforce")} checked={form.enforceSso} onChange={(e) => set("enforceSso", e.target.checked)} />
      <Checkbox label={t("jit")} checked={form.jitEnabled} onChange={(e) => set("jitEnabled", e.target.checked)} />
      {form.jitEnabled && (
        <SelectField label={t("jitRole")} value={form.jitRole} onChange={(e) => set("jitRole", e.target.value as Role)} error={err("jitRole")}>
          {ROLES.filter((r) => r !== "ADMIN")
            .map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
        </SelectField>
      )}
      {save.isSuccess && <Notice tone="success">{t("saved")}</Notice>}
      {save.error && Object.keys(server).length === 0 && <Notice tone="error">{save.error.message}</Notice>}
      <Button type="submit" pending={save.isPending}>
        {t("save")}
      </Button>
    </form>
  );
}
