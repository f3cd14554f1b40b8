/** Input of the live-refresh subscription. */
import { z } from "zod";

/** A project page passes its project; My day passes nothing and hears its member's changes. */
export const liveChangesInput = z.object({ projectId: z.uuid().optional() });
export type LiveChangesInput = z.infer<typeof liveChangesInput>;
