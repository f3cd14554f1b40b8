"use client";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { isLocale } from "@/i18n/locales";
import { workEmail } from "@/server/identity/email";
import { useValidationMessage } from "@/components/use-validation-message";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { continueWithSso } from "../actions";
import { Problem, useProblem } from "@/components/problem";

type Step = { kind: "email" } | { kind: "sso"; tenant: { slug: string; name: string }; enforced: boolean } | { kind: "sent"; email: string };

export function LoginForm() {
  const t = useTranslations("login");
  const problemOf = useProblem();
  const trpc = useTRPC();
  const locale = useLocale();
  const [email, setEmail] = useState("");
  const [clientError, setClientError] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: "email" });
  const [redirecting, startRedirect] = useTransition();
  const start = useMutation(trpc.identity.startLogin.mutationOptions());
  const magic = useMutation(trpc.identity.requestMagicLink.mutationOptions());
  const lang = isLocale(locale) ? locale : "en";
  const v = useValidationMessage();

  const goToSso = (slug: string) => startRedirect(() => continueWithSso(slug));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = workEmail.safeParse(email);
    if (!parsed.success) return setClientError(parsed.error.issues[0]?.message ?? "emailInvalid");
    setClientError(null);
    const route = await start.mutateAsync({ email: parsed.data, locale: lang }).catch(() => null);
    if (!route) return;
    if (route.method === "magic-link") return setStep({ kind: "sent", email: parsed.data });
    if (route.enforced) return goToSso(route.tenant.slug);
    setStep({ kind: "sso", tenant: route.tenant, enforced: false });
  }

  async function sendLinkInstead() {
    const address = email.trim().toLowerCase();
    if (await magic.mutateAsync({ email: address, locale: lang }).catch(() => null)) setStep({ kind: "sent", email: address });
  }

  if (step.kind === "sent") {
    return (
      <Notice tone="success" title={t("sentTitle")}>
        {t("sentBody", { email: step.email })}
      </Notice>
    );
  }

  if (step.kind === "sso") {
    return (
      <div className="space-y-3">
        <p className="text-sm text-gray-700">{t("ssoAvailable", { tenant: step.tenant.name })}</p>
        {magic.error && <Notice tone="error">{problemOf(magic.error, "email")}</Notice>}
        <Button className="w-full" pending={redirecting} onClick={() => goToSso(step.tenant.slug)}>
          {t("continueSso", { tenant: step.tenant.name })}
        </Button>
        <Button variant="secondary" className="w-full" pending={magic.isPending} onClick={sendLinkInstead}>
          {t("emailInstead")}
        </Button>
      </div>
    );
  }

  const serverErrors = fieldErrorsOf(start.error).email;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        label={t("email")}
        type="email"
        name="email"
        autoComplete="email"
        autoFocus
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={v(clientError ?? serverErrors)}
        placeholder={t("emailPlaceholder")}
      />
      {start.error && !serverErrors && <Problem error={start.error} />}
      <Button type="submit" className="w-full" pending={start.isPending || redirecting}>
        {t("continue")}
      </Button>
    </form>
  );
}
