"use client";
/**
 * A whole number of business days typed inside a sentence ("[3] business days after…"). The
 * text is kept as typed, so "-" on the way to "-2" is not snapped back to 0; the document
 * only receives whole numbers.
 */
import { useState } from "react";

type Props = { value: number; onChange: (days: number) => void; label: string; min?: number; max?: number; invalid?: boolean; describedBy?: string };

export function DaysInput({ value, onChange, label, min, max, invalid = false, describedBy }: Props) {
  const [text, setText] = useState(String(value));
  // Follow the document when it changes elsewhere (another card opened in the same editor, an undo by drag cancel).
  const [shown, setShown] = useState(value);
  if (shown !== value && Number(text) !== value) {
    setShown(value);
    setText(String(value));
  }
  const whole = /^-?\d+$/.test(text.trim());
  return (
    <input
      type="number"
      inputMode="numeric"
      step={1}
      min={min}
      max={max}
      value={text}
      aria-label={label}
      aria-invalid={invalid || !whole}
      aria-describedby={describedBy}
      onChange={(e) => {
        setText(e.target.value);
        if (/^-?\d+$/.test(e.target.value.trim())) {
          const days = Number(e.target.value);
          setShown(days);
          onChange(days);
        }
      }}
      className={`w-20 rounded-md border px-2 py-1 text-sm disabled:bg-gray-100 ${invalid || !whole ? "border-red-500" : "border-gray-300"}`}
    />
  );
}
