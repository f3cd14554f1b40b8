/** The sign-up form: validated in the browser and again by the procedure. */
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { regionOfCountry, type RegionsByCountry } from "@/server/calendar/regions";
import { workEmail } from "@/server/identity/email";
import { regionField } from "@/server/routers/templates/calendar.schema";

/** The holiday regions are the library's: the server passes its list, the form its page's copy. */
export const signupInput = (regions: RegionsByCountry) =>
  z
    .object({
      companyName: z.string().trim().min(2, "companyName").max(80, "tooLong"),
      slug: z
        .string()
        .trim()
        .toLowerCase()
        .min(3, "slugFormat")
        .max(40, "slugFormat")
        .regex(/^[a-z0-9-]+$/, "slugFormat"),
      locale: z.enum(LOCALES),
      country: z.string().regex(/^[A-Z]{2}$/, "country"),
      region: regionField,
      timezone: z.string().min(1, "timezone"),
      adminName: z.string().trim().min(2, "personName").max(80, "tooLong"),
      adminEmail: workEmail,
    })
    .superRefine(regionOfCountry(regions));
export type SignupInput = z.infer<ReturnType<typeof signupInput>>;
