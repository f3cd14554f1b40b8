/**
 * The signed-in member's own calendar feed: its address, a new one, none. Every procedure acts
 * on `ctx.membership` and takes no input, so no one can reach another member's feed.
 */
import { getFeed, regenerateFeed, revokeFeed } from "@/server/deployments/calendar-feed";
import { createTRPCRouter, tenantProcedure } from "@/server/trpc";

export const calendarFeedRouter = createTRPCRouter({
  get: tenantProcedure.query(({ ctx }) => getFeed(ctx.db, ctx.membership)),
  regenerate: tenantProcedure.mutation(({ ctx }) => regenerateFeed(ctx.db, ctx.user.id, ctx.membership)),
  revoke: tenantProcedure.mutation(({ ctx }) => revokeFeed(ctx.db, ctx.user.id, ctx.membership)),
});
