"use client";
/** An inline form's closing row: save, then cancel (a dialog's row is DialogActions). */
import { Button } from "./button";

export function FormActions({ saveLabel, cancelLabel, onCancel, pending }: { saveLabel: string; cancelLabel: string; onCancel: () => void; pending: boolean }) {
  return (
    <div className="flex gap-2">
      <Button type="submit" pending={pending}>
        {saveLabel}
      </Button>
      <Button type="button" variant="ghost" onClick={onCancel}>
        {cancelLabel}
      </Button>
    </div>
  );
}
