/** Inputs of the calendar settings, days off and members' holiday regions. */
import { z } from "zod";
import { regionOfCountry, type RegionsByCountry } from "@/server/calendar/regions";

const isoDate = z.iso.date("date");

/** A holiday region's code as the library writes it ("ENG", "57", "Aitutaki"); empty is none. */
export const regionField = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9]{0,12}$/, "region")
  .transform((s) => s || null)
  .nullable()
  .default(null);

/**
 * The regions come from the holiday library: the server passes the whole list, the browser the
 * copy its page received, so both refuse a region of another country the same way.
 */
export const updateCalendarInput = (regions: RegionsByCountry) =>
  z
    .object({
      workingDays: z.array(z.number().int().min(1).max(7), { error: "workingDays" }).min(1, "workingDays").max(7, "workingDays"),
      country: z.string().length(2, "country").toUpperCase(),
      region: regionField,
      timezone: z.string().min(1, "timezone"),
      // Business days a blocked action waits before escalating to its manager (DESIGN §4);
      // left out, it stays as it is.
      escalationDelayDays: z.number({ error: "escalationDelayDays" }).int("escalationDelayDays").min(1, "escalationDelayDays").max(20, "escalationDelayDays").optional(),
    })
    .superRefine(regionOfCountry(regions));
export type UpdateCalendarInput = z.infer<ReturnType<typeof updateCalendarInput>>;

/** A member's own region: null follows the tenant's, `NATIONAL` is the nationwide list (checked against the tenant's country by the domain). */
export const setHolidayRegionInput = z.object({ membershipId: z.uuid("memberUnknown"), region: regionField });

export const addDayOffInput = z.object({
  membershipId: z.uuid("memberUnknown"),
  date: isoDate,
  note: z.string().trim().max(120, "dayOffNote").transform((s) => s || null).nullable().default(null),
});
export const dayOffIdInput = z.object({ id: z.uuid() });
