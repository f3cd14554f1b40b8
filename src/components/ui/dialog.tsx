"use client";
/**
 * A modal dialog on the native <dialog> element: the browser traps focus, closes on Escape and
 * returns focus to the opener, which a hand-rolled overlay would have to re-implement.
 * `wide` is for dialogs that hold a form or a table; short confirmations stay narrow.
 */
import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";

type Props = { open: boolean; onClose: () => void; title: string; description?: ReactNode; children: ReactNode; wide?: boolean };

export function Dialog({ open, onClose, title, description, children, wide = false }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-desc` : undefined}
      onClose={onClose}
      // Tailwind's preflight zeroes margins, which would undo the browser's centring.
      className={`m-auto w-full rounded-lg border outline-none border-gray-200 bg-white p-0 text-gray-900 shadow-xl backdrop:bg-gray-900/40 ${wide ? "max-w-2xl" : "max-w-md"}`}
    >
      {open && (
        <div className="space-y-4 p-6">
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            {title}
          </h2>
          {description && (
            <div id={`${id}-desc`} className="text-sm text-gray-600">
              {description}
            </div>
          )}
          {children}
        </div>
      )}
    </dialog>
  );
}

/** A dialog form's closing row: cancel, then submit. */
export function DialogActions({ cancelLabel, onCancel, submitLabel, pending }: { cancelLabel: string; onCancel: () => void; submitLabel: string; pending: boolean }) {
  return (
    <div className="flex justify-end gap-2 border-t border-gray-100 pt-4">
      <Button type="button" variant="ghost" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" pending={pending}>
        {submitLabel}
      </Button>
    </div>
  );
}
