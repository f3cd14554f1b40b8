"use client";
/**
 * The month grid DateField opens (react-day-picker): arrow keys move by day, Page Up/Down by
 * month, Enter picks. Its words and the first day of the week follow the place: French, or
 * British English (Monday first) where the day comes first, American English otherwise.
 * Loaded only when a calendar first opens, so pages with a date field do not carry it.
 */
import { format, parse } from "date-fns";
import type { CSSProperties } from "react";
import { DayPicker, type Matcher } from "react-day-picker";
import { enGB } from "react-day-picker/locale/en-GB";
import { enUS } from "react-day-picker/locale/en-US";
import { fr } from "react-day-picker/locale/fr";
import "react-day-picker/style.css";
import { dayComesFirst } from "@/i18n/format/date-entry";
import type { FormatPlace } from "@/i18n/format/format";

// On the root element itself: the library's stylesheet sets its defaults on the same class.
const THEME = {
  "--rdp-accent-color": "var(--color-blue-700, #1d4ed8)",
  "--rdp-accent-background-color": "var(--color-blue-50, #eff6ff)",
  "--rdp-day-height": "2.25rem",
  "--rdp-day-width": "2.25rem",
  "--rdp-day_button-height": "2.125rem",
  "--rdp-day_button-width": "2.125rem",
} as CSSProperties;

const dayOf = (iso: string) => parse(iso, "yyyy-MM-dd", new Date());

type Props = { value: string | null; min?: string; max?: string; place: FormatPlace; onPick: (iso: string) => void };

export default function DateCalendar({ value, min, max, place, onPick }: Props) {
  const selected = value ? dayOf(value) : undefined;
  const disabled: Matcher[] = [];
  if (min) disabled.push({ before: dayOf(min) });
  if (max) disabled.push({ after: dayOf(max) });
  return (
    <DayPicker
      mode="single"
      autoFocus
      required={false}
      selected={selected}
      defaultMonth={selected}
      disabled={disabled}
      locale={place.language === "fr" ? fr : dayComesFirst(place) ? enGB : enUS}
      onSelect={(day) => day && onPick(format(day, "yyyy-MM-dd"))}
      className="text-sm"
      style={THEME}
    />
  );
}
