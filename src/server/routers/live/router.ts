/**
 * Live refresh (issue 10): an SSE subscription that tells a page "your data changed, refetch".
 * It carries no data — only when — so everything the page shows still comes through the
 * tenant-checked queries. It stands on tenantMemberProcedure: no transaction is held open for
 * the minutes a stream lasts.
 */
import { changeConcerns, subscribeChanges } from "@/server/live/changes";
import { mapStream } from "@/server/live/stream";
import { createTRPCRouter, tenantMemberProcedure } from "@/server/trpc";
import { liveChangesInput } from "./live.schema";

export const liveRouter = createTRPCRouter({
  changes: tenantMemberProcedure.input(liveChangesInput).subscription(({ ctx, input, signal }) => {
    const interest = { projectId: input.projectId, membershipId: ctx.membership.id };
    // The tenant comes from the checked membership, never from the input.
    const changes = subscribeChanges(ctx.tenant.id, signal, (change) => changeConcerns(change, interest));
    return mapStream(changes, (change) => ({ at: change.at }));
  }),
});
