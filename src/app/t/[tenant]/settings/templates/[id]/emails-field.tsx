"use client";
/** The emails sent when an action is completed: which email, to whom. */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EMAIL_AUDIENCES, EMAIL_TEMPLATE_KEYS, type EmailAudience, type EmailOnCompletion, type EmailTemplateKey } from "@/server/templates/document";
import { ProblemList } from "./problem-list";
import type { BuilderProblem } from "./problems";
import { useEmailLabels } from "./use-labels";

/** The document's limit per action. */
const MAX_EMAILS = 10;

type Props = { emails: EmailOnCompletion[]; problems: readonly BuilderProblem[]; onChange: (emails: EmailOnCompletion[]) => void };

const select = "min-w-0 flex-1 rounded-md border border-gray-300 bg-white px-2 py-1 text-sm disabled:bg-gray-100";

export function EmailsField({ emails, problems, onChange }: Props) {
  const t = useTranslations("builder.editor.emails");
  const label = useEmailLabels();
  const set = (i: number, patch: Partial<EmailOnCompletion>) => onChange(emails.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="text-sm font-medium text-gray-800">{t("legend")}</legend>
      {emails.length === 0 && <p className="text-xs text-gray-500">{t("none")}</p>}
      <ul className="space-y-2">
        {emails.map((email, i) => (
          <li key={i} className="flex items-center gap-2">
            <select aria-label={t("template", { number: i + 1 })} value={email.template} onChange={(e) => set(i, { template: e.target.value as EmailTemplateKey })} className={select}>
              {EMAIL_TEMPLATE_KEYS.map((k) => (
                <option key={k} value={k}>
                  {label.template(k)}
                </option>
              ))}
            </select>
            <select aria-label={t("audience", { number: i + 1 })} value={email.audience} onChange={(e) => set(i, { audience: e.target.value as EmailAudience })} className={select}>
              {EMAIL_AUDIENCES.map((a) => (
                <option key={a} value={a}>
                  {label.audience(a)}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => onChange(emails.filter((_, j) => j !== i))} aria-label={t("remove", { number: i + 1 })} className="rounded px-2 py-1 text-gray-500 hover:bg-red-50 hover:text-red-700">
              <span aria-hidden>×</span>
            </button>
          </li>
        ))}
      </ul>
      {emails.length < MAX_EMAILS && (
        <Button type="button" variant="secondary" className="px-3 py-1" onClick={() => onChange([...emails, { template: "milestone", audience: "TECHNICAL_CONTACTS" }])}>
          {t("add")}
        </Button>
      )}
      <ProblemList problems={problems} />
    </fieldset>
  );
}
