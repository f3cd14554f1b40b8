"use client";
/**
 * Step 3 of Settings → SSO: the email domains that send people to the tenant's IdP. Adding
 * the domain of one's own address verifies it at once, so it is the suggested one; any other
 * shows the DNS record that proves it.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { zodFieldErrors } from "@/server/errors";
import { ssoDomainInput } from "@/server/routers/identity/sso.schema";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { DomainRow } from "./domain-row";
import { useSsoMessage } from "./sso-messages";
import { Problem } from "@/components/problem";

export function useInvalidateDomains() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  return () => qc.invalidateQueries(trpc.sso.domains.queryFilter());
}

export function DomainsSection({ ownDomain }: { ownDomain: string }) {
  const t = useTranslations("sso.domains");
  const tSso = useTranslations("sso");
  const trpc = useTRPC();
  const domains = useQuery(trpc.sso.domains.queryOptions());
  return (
    <section aria-labelledby="sso-domains" className="space-y-4 rounded-lg border border-gray-200 bg-white p-6">
      <h2 id="sso-domains" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-gray-600">{t("body")}</p>
      {/* Suggest one's own domain (verified at once) until it is listed. */}
      <AddDomainForm suggestion={domains.data?.some((d) => d.domain === ownDomain) ? t("placeholder") : ownDomain} />
      {domains.isPending ? (
        <p role="status" className="text-sm text-gray-500">
          {tSso("loading")}
        </p>
      ) : domains.error ? (
        <Problem error={domains.error} />
      ) : domains.data.length === 0 ? (
        <p className="rounded-md border border-dashed border-gray-300 p-4 text-sm text-gray-600">{t("empty", { example: ownDomain })}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="divide-y divide-gray-200 rounded-lg border border-gray-200">
          {domains.data.map((d) => (
            <DomainRow key={d.domain} domain={d} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AddDomainForm({ suggestion }: { suggestion: string }) {
  const t = useTranslations("sso.domains");
  const v = useSsoMessage();
  const trpc = useTRPC();
  const invalidate = useInvalidateDomains();
  const add = useMutation(trpc.sso.addDomain.mutationOptions({ onSuccess: invalidate }));
  const [domain, setDomain] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    add.reset();
    const parsed = ssoDomainInput.safeParse({ domain });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    if (await add.mutateAsync(parsed.data).catch(() => null)) setDomain("");
  }
  const server = fieldErrorsOf(add.error);
  const added = add.data;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-56 flex-1">
          <TextField label={t("domain")} value={domain} onChange={(e) => setDomain(e.target.value)} error={v(errors.domain ?? server.domain)} placeholder={suggestion} autoComplete="off" spellCheck={false} />
        </div>
        {/* Aligned with the input, below its label. */}
        <Button type="submit" pending={add.isPending} className="mt-6">
          {t("add")}
        </Button>
      </div>
      {added && <Notice tone="success">{t(added.status === "VERIFIED" ? "addedVerified" : "addedPending", { domain: added.domain })}</Notice>}
      {add.error && Object.keys(server).length === 0 && <Problem error={add.error} />}
    </form>
  );
}
