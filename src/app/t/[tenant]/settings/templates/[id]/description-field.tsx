"use client";
/** An action's description: Markdown, written in a textarea and previewed as the assignee will read it. */
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";

// The Markdown parser is only needed once someone previews a description.
const Markdown = dynamic(() => import("react-markdown"));

type Props = { value: string; readOnly: boolean; error?: string; onChange: (value: string) => void };

export function DescriptionField({ value, readOnly, error, onChange }: Props) {
  const t = useTranslations("builder.editor.description");
  const id = useId();
  const [preview, setPreview] = useState(readOnly);
  return (
    <div className="space-y-1">
      <div className="flex items-center justify-between">
        <label id={`${id}-label`} htmlFor={preview ? undefined : id} className="text-sm font-medium text-gray-800">
          {t("label")}
        </label>
        {!readOnly && (
          <div role="group" aria-label={t("mode")} className="inline-flex rounded-md border border-gray-300 bg-white p-0.5 text-xs">
            {([false, true] as const).map((on) => (
              <button key={String(on)} type="button" aria-pressed={preview === on} onClick={() => setPreview(on)} className={`rounded px-2 py-0.5 font-medium ${preview === on ? "bg-gray-900 text-white" : "text-gray-700 hover:bg-gray-100"}`}>
                {on ? t("preview") : t("write")}
              </button>
            ))}
          </div>
        )}
      </div>
      {preview ? (
        <div id={id} role="region" aria-labelledby={`${id}-label`} className="min-h-20 rounded-md border border-gray-200 bg-gray-50 px-3 py-2 text-sm [&_a]:text-brand [&_a]:underline [&_code]:font-mono [&_li]:ml-5 [&_ol]:list-decimal [&_p+p]:mt-2 [&_strong]:font-semibold [&_ul]:list-disc">
          {value.trim() ? <Markdown>{value}</Markdown> : <p className="text-gray-500">{t("empty")}</p>}
        </div>
      ) : (
        <textarea
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          rows={4}
          maxLength={5000}
          aria-invalid={Boolean(error)}
          aria-describedby={`${id}-note`}
          className={`block w-full rounded-md border px-3 py-2 text-sm shadow-sm ${error ? "border-red-500" : "border-gray-300"}`}
        />
      )}
      {(error || !readOnly) && (
        <p id={`${id}-note`} className={`text-xs ${error ? "text-red-700" : "text-gray-500"}`}>
          {error ?? t("hint")}
        </p>
      )}
    </div>
  );
}
