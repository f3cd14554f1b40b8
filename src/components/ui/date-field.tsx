"use client";
/**
 * A calendar date field: typed in the tenant's order ("31/12/2026" in a British or French
 * tenant, "12/31/2026" in an American one — src/i18n/format/date-entry.ts), or picked from a
 * calendar that opens beside it. The value in and out is "YYYY-MM-DD", like a date input's;
 * text that is not a date is passed on as typed, so the form's own check refuses it and
 * nothing typed is lost. The calendar's code loads when it first opens.
 */
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useFormatPlace } from "@/components/format";
import { formatDateEntry, parseDateEntry } from "@/i18n/format/date-entry";
import { control, Frame, useField, type FieldProps } from "./field";

const DateCalendar = dynamic(() => import("./date-calendar"), { ssr: false });

type DateFieldProps = FieldProps & {
  value: string;
  onChange: (value: string) => void;
  /** Earliest and latest days the calendar offers, "YYYY-MM-DD". */
  min?: string;
  max?: string;
  required?: boolean;
  disabled?: boolean;
  name?: string;
};

export function DateField({ label, hint, error, value, onChange, min, max, required, disabled, name }: DateFieldProps) {
  const t = useTranslations("dateField");
  const place = useFormatPlace();
  const [text, setText] = useState(() => formatDateEntry(value, place));
  const [unreadable, setUnreadable] = useState(false);
  const [open, setOpen] = useState(false);
  const emitted = useRef(value);
  const box = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const example = formatDateEntry(`${new Date().getFullYear()}-12-31`, place);
  const given = Array.isArray(error) ? error[0] : error;
  const f = useField(given || (unreadable ? t("invalid", { example }) : null));

  // A value set from outside (a reset, another field) is shown in the place's order; what the
  // person is typing stays as they typed it.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setText(formatDateEntry(value, place));
    }
  }, [value, place]);

  useEffect(() => {
    if (!open) return;
    const outside = (e: MouseEvent) => !box.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener("mousedown", outside);
    return () => document.removeEventListener("mousedown", outside);
  }, [open]);

  // The calendar opens in the browser's top layer (a popover), so a dialog or a scrolling card
  // around the field cannot clip it; it stays under the field, or above it near the bottom.
  useLayoutEffect(() => {
    const el = panel.current;
    const anchor = box.current;
    if (!open || !el || !anchor) return;
    el.showPopover();
    const place = () => {
      const r = anchor.getBoundingClientRect();
      const below = r.bottom + 4 + el.offsetHeight <= window.innerHeight;
      el.style.top = `${below ? r.bottom + 4 : Math.max(4, r.top - 4 - el.offsetHeight)}px`;
      el.style.left = `${Math.max(4, Math.min(r.left, window.innerWidth - el.offsetWidth - 4))}px`;
    };
    place();
    const resized = new ResizeObserver(place);
    resized.observe(el);
    window.addEventListener("scroll", place, true);
    window.addEventListener("resize", place);
    return () => {
      resized.disconnect();
      window.removeEventListener("scroll", place, true);
      window.removeEventListener("resize", place);
      if (el.matches(":popover-open")) el.hidePopover();
    };
  }, [open]);

  const emit = (next: string) => {
    emitted.current = next;
    onChange(next);
  };
  const type = (typed: string) => {
    setText(typed);
    setUnreadable(false);
    emit(parseDateEntry(typed, place) ?? typed.trim());
  };
  const settle = () => {
    const iso = parseDateEntry(text, place);
    if (iso) setText(formatDateEntry(iso, place));
    setUnreadable(!iso && text.trim() !== "");
  };
  const pick = (iso: string) => {
    setText(formatDateEntry(iso, place));
    setUnreadable(false);
    emit(iso);
    setOpen(false);
    input.current?.focus();
  };

  return (
    <Frame id={f.id} label={label} hint={hint} message={f.message}>
      <div ref={box} className="relative">
        <input
          ref={input}
          id={f.id}
          name={name}
          value={text}
          placeholder={example}
          autoComplete="off"
          required={required}
          disabled={disabled}
          aria-invalid={Boolean(f.message)}
          aria-describedby={f.describedBy}
          className={`${control} ${f.border} pr-10`}
          onChange={(e) => type(e.target.value)}
          onBlur={settle}
          onKeyDown={(e) => e.key === "ArrowDown" && e.altKey && setOpen(true)}
        />
        <button
          type="button"
          disabled={disabled}
          aria-label={t("openCalendar")}
          aria-expanded={open}
          aria-haspopup="dialog"
          onClick={() => setOpen((o) => !o)}
          className="absolute inset-y-0 right-0 flex w-9 items-center justify-center rounded-r-md text-gray-500 hover:text-gray-800 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.6">
            <rect x="3" y="4.5" width="14" height="12" rx="1.5" />
            <path d="M3 8.5h14M7 3v3M13 3v3" />
          </svg>
        </button>
        {open && (
          <div
            ref={panel}
            popover="manual"
            role="dialog"
            aria-label={t("calendar", { label })}
            className="fixed m-0 rounded-md border border-gray-200 bg-white p-2 shadow-lg [inset:auto]"
            onKeyDown={(e) => {
              if (e.key !== "Escape") return;
              // Closes the calendar only, not a dialog the field sits in.
              e.preventDefault();
              e.stopPropagation();
              setOpen(false);
              input.current?.focus();
            }}
          >
            <DateCalendar value={parseDateEntry(text, place)} min={min} max={max} place={place} onPick={pick} />
          </div>
        )}
      </div>
    </Frame>
  );
}
