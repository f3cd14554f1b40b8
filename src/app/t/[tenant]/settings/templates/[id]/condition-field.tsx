"use client";
/**
 * The condition under which an action is created, checked against the service type's
 * attributes as it is typed: the offending token is underlined in a copy of the text, with
 * the reason next to it. A sound condition is read back in words, as the cards show it.
 */
import { useTranslations } from "next-intl";
import { useId } from "react";
import type { AttributeSchema } from "@/server/crm/attributes";
import { checkCondition, exampleCondition } from "@/server/templates/condition";
import { splitAtSpan } from "./condition-span";
import { useTemplateLabels } from "./template-labels";
import { useProblemMessage } from "./use-problem-message";

type Props = { value: string | null; attributes: AttributeSchema; onChange: (condition: string | null) => void };

export function ConditionField({ value, attributes, onChange }: Props) {
  const t = useTranslations("builder.editor.condition");
  const message = useProblemMessage();
  const labels = useTemplateLabels();
  const id = useId();
  const source = value ?? "";
  const error = source.trim() === "" ? null : checkCondition(source, attributes);
  const parts = error ? splitAtSpan(source, error) : null;
  const words = error ? null : labels.condition(source);
  const example = exampleCondition(attributes);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-gray-800">
        {t("label")}
      </label>
      <input
        id={id}
        value={source}
        onChange={(e) => onChange(e.target.value.trim() === "" ? null : e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        spellCheck={false}
        autoComplete="off"
        maxLength={500}
        placeholder={example ? t("placeholder", { example }) : undefined}
        className={`block w-full rounded-md border px-3 py-2 font-mono text-sm shadow-sm disabled:bg-gray-100 ${error ? "border-red-500" : "border-gray-300"}`}
      />
      {error && parts ? (
        <div id={`${id}-error`} role="alert" className="space-y-1 text-sm text-red-800">
          <p className="whitespace-pre-wrap break-all rounded bg-red-50 px-2 py-1 font-mono text-xs text-gray-900">
            {parts.before}
            <mark data-testid="condition-error-token" className="bg-red-100 text-red-900 underline decoration-red-600 decoration-wavy underline-offset-4">
              {parts.token}
            </mark>
            {parts.after}
          </p>
          <p>{message(error.message)}</p>
        </div>
      ) : (
        <div id={`${id}-hint`} className="space-y-1 text-xs">
          {words && (
            <p className="text-gray-800" data-testid="condition-words">
              {t("reads", { condition: words })}
            </p>
          )}
          <p className="text-gray-500">{attributes.length > 0 ? t("hint", { attributes: attributes.map((a) => `${a.label} (${a.key})`).join(", ") }) : t("noAttributes")}</p>
        </div>
      )}
    </div>
  );
}
