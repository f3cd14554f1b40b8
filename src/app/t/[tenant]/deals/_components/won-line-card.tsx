"use client";
/**
 * One line that needs installing, in the Mark Won dialog: the template its deployment project
 * follows, the target go-live, who takes each role the template needs, and the schedule that
 * gives. A line with no usable template says so and links to the templates to publish one.
 */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { DateField } from "@/components/ui/date-field";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { chosenPerson, chosenTemplate, type WonChoice, type WonLine, type WonMember } from "./won-choice";
import { WonSchedulePreview } from "./won-schedule-preview";

type Props = {
  slug: string;
  line: WonLine;
  members: readonly WonMember[];
  choice: WonChoice | undefined;
  target: string;
  /** The target go-live when it reads as a date, for the schedule's comparison. */
  validTarget: boolean;
  targetError?: string;
  onChange: (choice: WonChoice) => void;
};

export function WonLineCard({ slug, line, members, choice, target, validTarget, targetError, onChange }: Props) {
  const t = useTranslations("deals");
  const tr = useTranslations("roles");
  const heading = useId();
  const template = chosenTemplate(line, choice);
  return (
    <section aria-labelledby={heading} className="space-y-4 rounded-md border border-gray-200 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h4 id={heading} className="break-words text-sm font-semibold text-gray-900">
          {line.quantity} × {line.serviceTypeName}
        </h4>
        <span className="text-sm text-amber-800">{t("markWon.pendingLine")}</span>
      </div>
      {!template ? (
        <Notice tone="warning">
          {t("markWon.noTemplate", { line: line.serviceTypeName })}{" "}
          <Link href={`/t/${slug}/settings/templates`} className="font-medium underline">
            {t("markWon.openTemplates")}
          </Link>
        </Notice>
      ) : (
        <>
          {/* Template names run long ("3CX with number porting and on-site installation"): a row of their own. */}
          <SelectField label={t("markWon.template")} value={template.id} onChange={(e) => onChange({ ...choice, templateId: e.target.value })}>
            {line.templates.map((option) => (
              <option key={option.id} value={option.id}>
                {`${option.name} · ${t("markWon.templateVersion", { number: option.number })}`}
              </option>
            ))}
          </SelectField>
          <div className="max-w-xs">
            <DateField
              label={t("markWon.targetGoLive")}
              hint={t("markWon.targetGoLiveHint")}
              value={target}
              onChange={(targetGoLive) => onChange({ ...choice, targetGoLive })}
              error={targetError}
              required
            />
          </div>
          {template.roles.length > 0 && (
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium text-gray-800">{t("markWon.people")}</legend>
              <div className="grid gap-4 sm:grid-cols-2">
                {template.roles.map((role) => {
                  const holders = members.filter((m) => m.roles.includes(role));
                  const person = chosenPerson(template, choice, role);
                  return (
                    <SelectField
                      key={role}
                      label={tr(role)}
                      hint={holders.length === 0 ? t("markWon.noHolder") : undefined}
                      value={person ?? ""}
                      onChange={(e) => onChange({ ...choice, people: { ...choice?.people, [role]: e.target.value || null } })}
                    >
                      <option value="">{t("markWon.nobody")}</option>
                      {holders.map((m) => (
                        <option key={m.id} value={m.id}>
                          {m.name}
                        </option>
                      ))}
                    </SelectField>
                  );
                })}
              </div>
            </fieldset>
          )}
          <WonSchedulePreview template={template} target={validTarget ? target : null} />
        </>
      )}
    </section>
  );
}
