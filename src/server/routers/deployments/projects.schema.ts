/** Inputs of the deployment procedures: My day, the projects list, the project page's commands. */
import { z } from "zod";
import { calendarDate } from "@/server/routers/crm/deals.schema";
import { PROJECT_STATUSES } from "@/server/deployments/engine/state";
import { STAFF_ACTION_ROLES } from "@/server/templates/document";

const reason = z.string().trim().min(1, "reasonRequired").max(500, "tooLong");

export const projectIdInput = z.object({ id: z.uuid() });
export const listProjectsInput = z.object({ status: z.enum(PROJECT_STATUSES).nullish().default(null), accountId: z.uuid().nullish() });
export const actionIdInput = z.object({ id: z.uuid() });
export const completeActionInput = z.object({ id: z.uuid(), capturedDate: calendarDate.nullish().default(null), note: z.string().trim().max(2000, "tooLong").nullish().default(null) });
export const blockActionInput = z.object({ id: z.uuid(), reason });
export const moveActionInput = z.object({ id: z.uuid(), dueDate: calendarDate, reason });
export const skipActionInput = z.object({ id: z.uuid(), reason });
export const setCapturedDateInput = z.object({ id: z.uuid(), dateKey: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, "dateKey"), value: calendarDate });
export const projectStatusInput = z.object({ id: z.uuid(), command: z.enum(["hold", "resume", "cancel"]), reason: z.string().trim().max(500, "tooLong").nullish().default(null) });
export const reassignInput = z.object({ id: z.uuid(), role: z.enum(STAFF_ACTION_ROLES), membershipId: z.uuid() });
