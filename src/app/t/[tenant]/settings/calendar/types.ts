/** Shapes shared by the calendar settings' components. */
import type { RouterOutputs } from "@/components/router-types";

export type CalendarSettings = RouterOutputs["calendar"]["get"];
export type Country = { code: string; name: string };
