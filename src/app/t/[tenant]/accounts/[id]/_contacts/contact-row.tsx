"use client";
/** One contact: roles as chips, email and numbers as links, and its edit / (de)activate actions. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { formatPhone } from "@/i18n/format/phone";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/client";
import { useAccounts } from "../../_components/context";
import { useProblem } from "@/components/problem";
import type { Contact } from "../../_components/types";
import { contactName } from "../../_components/contact-name";

const TD = "px-3 py-3 align-top text-sm";

export function ContactRow({ contact: c, onEdit }: { contact: Contact; onEdit: () => void }) {
  const t = useTranslations("accounts.contacts");
  const { canWrite } = useAccounts();
  const problem = useProblem();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const toggle = useMutation(trpc.accounts.setContactActive.mutationOptions({ onSuccess: () => qc.invalidateQueries(trpc.accounts.get.pathFilter()) }));
  const name = contactName(c);
  const link = "text-brand underline-offset-2 hover:underline";
  return (
    <tr className={c.active ? "" : "bg-gray-50 text-gray-400"}>
      <td className={`${TD} pl-5`}>
        <p className={`font-medium ${c.active ? "text-gray-900" : ""}`}>{name}</p>
        {c.jobTitle && <p className="text-xs text-gray-500">{c.jobTitle}</p>}
      </td>
      <td className={TD}>
        <ul className="flex flex-wrap gap-1" aria-label={t("rolesOf", { name })}>
          {c.roles.map((r) => (
            <li key={r} className="whitespace-nowrap rounded-full bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-900 ring-1 ring-inset ring-sky-200">
              {t(`role.${r}`)}
            </li>
          ))}
        </ul>
      </td>
      <td className={TD}>
        {c.email ? (
          <a href={`mailto:${c.email}`} className={`${link} break-words`}>
            <EmailText email={c.email} />
          </a>
        ) : (
          <span className="text-gray-400">—</span>
        )}
      </td>
      <td className={`${TD} whitespace-nowrap`}>
        {c.phone && (
          <p>
            <span className="sr-only">{t("phone")}: </span>
            <span aria-hidden className="mr-1 text-xs text-gray-500">{t("phoneShort")}</span>
            <a href={`tel:${c.phone}`} className={link}>
              {formatPhone(c.phone)}
            </a>
          </p>
        )}
        {c.mobile && (
          <p>
            <span className="sr-only">{t("mobile")}: </span>
            <span aria-hidden className="mr-1 text-xs text-gray-500">{t("mobileShort")}</span>
            <a href={`tel:${c.mobile}`} className={link}>
              {formatPhone(c.mobile)}
            </a>
          </p>
        )}
        {!c.phone && !c.mobile && <span className="text-gray-400">—</span>}
      </td>
      <td className={TD}>{t(`locales.${c.locale}`)}</td>
      <td className={TD}>
        <span className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${c.active ? "bg-green-50 text-green-900" : "bg-gray-200 text-gray-600"}`}>
          {c.active ? t("active") : t("inactive")}
        </span>
      </td>
      {canWrite && (
        <td className={`${TD} pr-5 text-right`}>
          <div className="flex flex-wrap justify-end gap-1">
            <Button variant="ghost" className="px-2 py-1" onClick={onEdit} aria-label={t("editOf", { name })}>
              {t("edit")}
            </Button>
            <Button variant="ghost" className="px-2 py-1" pending={toggle.isPending} onClick={() => toggle.mutate({ id: c.id, active: !c.active })} aria-label={c.active ? t("deactivateOf", { name }) : t("reactivateOf", { name })}>
              {c.active ? t("deactivate") : t("reactivate")}
            </Button>
          </div>
          {toggle.error && (
            <p role="alert" className="mt-1 text-xs text-red-700">
              {problem(toggle.error)}
            </p>
          )}
        </td>
      )}
    </tr>
  );
}

/** An address that may wrap after its "@" rather than in the middle of a word. */
function EmailText({ email }: { email: string }) {
  const at = email.lastIndexOf("@");
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}
