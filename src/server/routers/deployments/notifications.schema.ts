/** Inputs of the notification bell's procedures. */
import { z } from "zod";

/** `cursor`: the id of the last notification of the previous page. */
export const listNotificationsInput = z.object({ cursor: z.uuid().nullish() }).default({});

/** At most a page's worth and then some: the bell marks what it shows. */
export const markReadInput = z.object({ ids: z.array(z.uuid()).max(100) });
