/**
 * The bell's procedures: every member reads and marks their own notifications, so all of them
 * are tenant procedures scoped to `ctx.membership.id`, never to an id the client sends.
 */
import { listNotifications, markAllRead, markRead, unreadCount } from "@/server/deployments/notifications";
import { createTRPCRouter, tenantProcedure } from "@/server/trpc";
import { listNotificationsInput, markReadInput } from "./notifications.schema";

export const notificationsRouter = createTRPCRouter({
  list: tenantProcedure.input(listNotificationsInput).query(({ ctx, input }) => listNotifications(ctx.db, ctx.membership.id, { cursor: input.cursor ?? undefined })),
  unreadCount: tenantProcedure.query(({ ctx }) => unreadCount(ctx.db, ctx.membership.id)),
  markRead: tenantProcedure.input(markReadInput).mutation(({ ctx, input }) => markRead(ctx.db, ctx.membership.id, input.ids)),
  markAllRead: tenantProcedure.mutation(({ ctx }) => markAllRead(ctx.db, ctx.membership.id)),
});
