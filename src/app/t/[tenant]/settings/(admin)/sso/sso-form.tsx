"use client";
/**
 * Step 2 of Settings → SSO: the tenant's OpenID Connect provider. The secret is write-only;
 * "Test connection" reads the issuer's discovery document and names whatever the sign-in
 * would miss there (code flow, PKCE S256, client authentication).
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox, SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { Role } from "@/generated/prisma/enums";
import { zodFieldErrors } from "@/server/errors";
import { ROLES } from "@/server/identity/roles";
import { saveSsoInput } from "@/server/routers/identity/sso.schema";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { useSsoMessage } from "./sso-messages";
import { Problem, useProblem } from "@/components/problem";

type Form = { issuer: string; clientId: string; clientSecret: string; enforceSso: boolean; jitEnabled: boolean; jitRole: Role };

export function SsoForm() {
  const t = useTranslations("sso");
  const trpc = useTRPC();
  const current = useQuery(trpc.sso.get.queryOptions());
  if (current.isPending) return <p role="status" className="text-sm text-gray-500">{t("loading")}</p>;
  if (current.error) return <Problem error={current.error} />;
  const c = current.data;
  return (
    <SsoFormFields
      configured={Boolean(c)}
      initial={{
        issuer: c?.issuer ?? "",
        clientId: c?.clientId ?? "",
        clientSecret: "",
        enforceSso: c?.enforceSso ?? false,
        jitEnabled: c?.jitEnabled ?? false,
        jitRole: c?.jitRole ?? "VIEWER",
      }}
    />
  );
}

function SsoFormFields({ configured, initial }: { configured: boolean; initial: Form }) {
  const t = useTranslations("sso");
  const tr = useTranslations("roles");
  const v = useSsoMessage();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [form, setForm] = useState<Form>(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const save = useMutation(trpc.sso.save.mutationOptions({ onSuccess: () => qc.invalidateQueries(trpc.sso.get.queryFilter()) }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = saveSsoInput.safeParse({ ...form, clientSecret: form.clientSecret || undefined });
    if (!parsed.success) {
      return setErrors(zodFieldErrors(parsed.error));
    }
    setErrors({});
    await save.mutateAsync(parsed.data).catch(() => null);
  }

  const server = fieldErrorsOf(save.error);
  // The server may name several problems for one field (the issuer's discovery document): show them all.
  const err = (k: string) => (errors[k] ?? server[k])?.map((m) => v(m)).join(" ") || undefined;
  const set = <K extends keyof Form>(k: K, value: Form[K]) => setForm((f) => ({ ...f, [k]: value }));
  const enforceError = err("enforceSso");

  return (
    <section aria-labelledby="sso-connect" className="rounded-lg border border-gray-200 bg-white p-6">
      <h2 id="sso-connect" className="text-lg font-semibold">
        {t("connect.title")}
      </h2>
      <p className="mt-1 text-sm text-gray-600">{t("connect.body")}</p>
      <form onSubmit={onSubmit} noValidate className="mt-4 space-y-5">
        <TextField label={t("issuer")} value={form.issuer} onChange={(e) => set("issuer", e.target.value)} error={err("issuer")} placeholder={t("issuerPlaceholder")} hint={t("issuerHint")} />
        <ConnectionTest issuer={form.issuer.trim()} />
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
        <div className="space-y-1">
          <Checkbox label={t("enforce")} checked={form.enforceSso} onChange={(e) => set("enforceSso", e.target.checked)} aria-describedby="sso-enforce-hint" />
          {enforceError ? (
            <p id="sso-enforce-hint" role="alert" className="text-sm text-red-700">
              {enforceError}
            </p>
          ) : (
            <p id="sso-enforce-hint" className="text-xs text-gray-500">
              {t("enforceHint")}
            </p>
          )}
        </div>
        <div>
          <Checkbox label={t("jit")} checked={form.jitEnabled} onChange={(e) => set("jitEnabled", e.target.checked)} />
        </div>
        {form.jitEnabled && (
          <SelectField label={t("jitRole")} value={form.jitRole} onChange={(e) => set("jitRole", e.target.value as Role)} error={err("jitRole")}>
            {ROLES.filter((r) => r !== "ADMIN").map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </SelectField>
        )}
        {save.isSuccess && <Notice tone="success">{t("saved")}</Notice>}
        {save.error && Object.keys(server).length === 0 && <Problem error={save.error} />}
        <div>
          <Button type="submit" pending={save.isPending}>
            {t("save")}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** "Test connection" and its verdict: what works, what only works with a reservation, what is missing. */
function ConnectionTest({ issuer }: { issuer: string }) {
  const t = useTranslations("sso");
  const v = useSsoMessage();
  const problemOf = useProblem();
  const trpc = useTRPC();
  const test = useMutation(trpc.sso.test.mutationOptions());
  const r = test.data;
  const list = (messages: string[]) => (
    <ul className={messages.length > 1 ? "list-disc space-y-1 pl-5" : ""}>
      {messages.map((m) => (
        <li key={m}>{v(m)}</li>
      ))}
    </ul>
  );
  return (
    <div className="space-y-3">
      <Button type="button" variant="secondary" pending={test.isPending} onClick={() => test.mutate({ issuer })} disabled={!issuer}>
        {t("test")}
      </Button>
      {r?.ok === true && r.warnings.length === 0 && <Notice tone="success">{t("testOk")}</Notice>}
      {r?.ok === true && r.warnings.length > 0 && (
        <Notice tone="warning" title={t("testWarnings")}>
          {list(r.warnings)}
        </Notice>
      )}
      {r?.ok === false && (
        <Notice tone="error" title={t("testFailed")}>
          {list([...r.problems, ...r.warnings])}
        </Notice>
      )}
      {test.error && <Notice tone="error">{v(fieldErrorsOf(test.error).issuer) ?? problemOf(test.error)}</Notice>}
    </div>
  );
}
