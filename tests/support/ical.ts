/** Reads an iCalendar document with a real parser (ical.js), for tests of the calendar feed. */
import ICAL from "ical.js";

export type ParsedEvent = {
  uid: string;
  summary: string;
  description: string;
  /** "YYYY-MM-DD" for all-day dates */
  start: string;
  end: string;
  allDay: boolean;
  url: string | null;
  status: string | null;
  sequence: number;
  lastModified: string | null;
};

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function parseFeed(ics: string): { name: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      allDay: e.startDate.isDate && e.endDate.isDate,
      url: text(v.getFirstPropertyValue("url")),
      status: text(v.getFirstPropertyValue("status")),
      sequence: e.sequence,
      lastModified: text(v.getFirstPropertyValue("last-modified")),
    };
  });
  return { name: text(calendar.getFirstPropertyValue("x-wr-calname")), events };
}
