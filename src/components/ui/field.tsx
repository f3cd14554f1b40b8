/** A labelled form control with its hint and error, wired for screen readers. */
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

export type FieldProps = { label: string; hint?: ReactNode; error?: string[] | string | null };

export const control = "block w-full rounded-md border px-3 py-2 text-sm shadow-sm disabled:bg-gray-100";

export function useField(error: FieldProps["error"]) {
  const id = useId();
  const message = Array.isArray(error) ? error[0] : error || undefined;
  return { id, message, describedBy: message ? `${id}-error` : `${id}-hint`, border: message ? "border-red-500" : "border-gray-300" };
}

export function Frame({ id, label, hint, message, children }: { id: string; label: string; hint?: ReactNode; message?: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-gray-800">
        {label}
      </label>
      {children}
      {message ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {message}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-gray-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({ label, hint, error, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const f = useField(error);
  return (
    <Frame id={f.id} label={label} hint={hint} message={f.message}>
      <input id={f.id} aria-invalid={Boolean(f.message)} aria-describedby={f.describedBy} className={`${control} ${f.border}`} {...input} />
    </Frame>
  );
}

export function SelectField({ label, hint, error, children, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const f = useField(error);
  return (
    <Frame id={f.id} label={label} hint={hint} message={f.message}>
      <select id={f.id} aria-invalid={Boolean(f.message)} aria-describedby={f.describedBy} className={`${control} ${f.border} bg-white`} {...select}>
        {children}
      </select>
    </Frame>
  );
}

export function Checkbox({ label, ...input }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="inline-flex items-center gap-2 text-sm text-gray-800">
      <input type="checkbox" className="size-4 rounded border-gray-300" {...input} />
      {label}
    </label>
  );
}

export function TextAreaField({ label, hint, error, ...area }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const f = useField(error);
  return (
    <Frame id={f.id} label={label} hint={hint} message={f.message}>
      <textarea id={f.id} rows={3} aria-invalid={Boolean(f.message)} aria-describedby={f.describedBy} className={`${control} ${f.border}`} {...area} />
    </Frame>
  );
}
