"use client";
/**
 * One email domain on the SSO page: its state, how and when it was verified, and while it is
 * pending the TXT record to create (name and value, each with a copy button), "Verify" and the
 * answer of the last check.
 */
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useFormat } from "@/components/format";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Notice } from "@/components/ui/notice";
import type { RouterOutputs } from "@/components/router-types";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { useInvalidateDomains } from "./domains-section";
import { useSsoMessage } from "./sso-messages";
import { useProblem } from "@/components/problem";

type Domain = RouterOutputs["sso"]["domains"][number];

const BADGE = { PENDING: "bg-amber-100 text-amber-900", VERIFIED: "bg-green-100 text-green-900" } as const;

export function DomainRow({ domain: d }: { domain: Domain }) {
  const t = useTranslations("sso.domains");
  const v = useSsoMessage();
  const problemOf = useProblem();
  const format = useFormat();
  const trpc = useTRPC();
  const invalidate = useInvalidateDomains();
  const verify = useMutation(trpc.sso.verifyDomain.mutationOptions({ onSuccess: invalidate }));
  const remove = useMutation(trpc.sso.removeDomain.mutationOptions({ onSuccess: invalidate }));
  const [confirming, setConfirming] = useState(false);
  const removeId = useId();
  const error = verify.error ?? remove.error;
  const name = d.verifierName ?? t("formerMember");

  function cancel() {
    setConfirming(false);
    remove.reset();
    // Back to where the keyboard was before the question.
    requestAnimationFrame(() => document.getElementById(removeId)?.focus());
  }

  return (
    <li className="space-y-3 p-4" aria-label={d.domain}>
      <div className="flex flex-wrap items-center gap-3">
        <div className="flex min-w-0 flex-1 flex-wrap items-center gap-2">
          <span className="font-medium break-all">{d.domain}</span>
          <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${BADGE[d.status]}`}>{t(`status.${d.status}`)}</span>
        </div>
        {!confirming && (
          <div className="flex gap-2">
            {d.status === "PENDING" && (
              <Button variant="primary" pending={verify.isPending} aria-label={t("verifyDomain", { domain: d.domain })} onClick={() => verify.mutate({ domain: d.domain })}>
                {t("verify")}
              </Button>
            )}
            <Button id={removeId} variant="danger" aria-label={t("removeDomain", { domain: d.domain })} onClick={() => setConfirming(true)}>
              {t("remove")}
            </Button>
          </div>
        )}
      </div>
      {d.status === "VERIFIED" && d.verifiedBy && (
        <p className="text-sm text-gray-600">{t(`verifiedBy.${d.verifiedBy}`, { date: d.verifiedAt ? format.day(d.verifiedAt) : "", name })}</p>
      )}
      {verify.data?.status === "VERIFIED" && <Notice tone="success">{t("verified", { domain: d.domain })}</Notice>}
      {d.record && <ChallengeRecord domain={d.domain} record={d.record} />}
      {d.status === "PENDING" && d.lastProblem && (
        <Notice tone="warning" title={d.lastCheckedAt ? t("lastCheck", { date: format.instant(d.lastCheckedAt) }) : undefined}>
          {v(d.lastProblem)}
        </Notice>
      )}
      {confirming && (
        <div className="flex flex-wrap items-center gap-2 rounded-md bg-red-50 p-3" role="group" aria-label={t("removeDomain", { domain: d.domain })}>
          <span className="text-sm">{t("confirmRemove", { domain: d.domain })}</span>
          <Button variant="danger" autoFocus pending={remove.isPending} onClick={() => remove.mutate({ domain: d.domain })}>
            {t("confirm")}
          </Button>
          <Button variant="ghost" onClick={cancel}>
            {t("cancel")}
          </Button>
        </div>
      )}
      {error && <Notice tone="error">{v(fieldErrorsOf(error).domain) ?? problemOf(error)}</Notice>}
    </li>
  );
}

function ChallengeRecord({ domain, record }: { domain: string; record: { name: string; value: string } }) {
  const t = useTranslations("sso.domains.record");
  const rows = [
    { key: "name", label: t("name"), value: record.name, copy: t("copyName") },
    { key: "value", label: t("value"), value: record.value, copy: t("copyValue") },
  ];
  return (
    <div className="space-y-2 rounded-md bg-gray-50 p-3 text-sm">
      <p>{t("intro", { domain })}</p>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)_auto] items-center gap-x-4 gap-y-2">
        <dt className="text-xs font-medium text-gray-600">{t("type")}</dt>
        <dd className="col-span-2">
          <code>TXT</code>
        </dd>
        {rows.map((r) => (
          <div key={r.key} className="contents">
            <dt className="text-xs font-medium text-gray-600">{r.label}</dt>
            <dd className="min-w-0">
              <code className="break-all" data-testid={`record-${r.key}`}>
                {r.value}
              </code>
            </dd>
            <dd>
              <CopyButton value={r.value} label={r.copy} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-gray-500">{t("hint")}</p>
    </div>
  );
}
