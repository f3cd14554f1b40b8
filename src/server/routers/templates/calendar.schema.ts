/** Inputs of the calendar settings and days off. */
import { z } from "zod";

const isoDate = z.iso.date("date");

export const updateCalendarInput = z.object({
  workingDays: z.array(z.number().int().min(1).max(7), { error: "workingDays" }).min(1, "workingDays").max(7, "workingDays"),
  country: z.string().length(2, "country").toUpperCase(),
  timezone: z.string().min(1, "timezone"),
});

export const addDayOffInput = z.object({
  membershipId: z.uuid("memberUnknown"),
  date: isoDate,
  note: z.string().trim().max(120, "dayOffNote").transform((s) => s || null).nullable().default(null),
});
export const dayOffIdInput = z.object({ id: z.uuid() });
