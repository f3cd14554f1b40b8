/** The `email` job: render and send one outbox message (see src/server/comms/deliver.ts). */
import type { Job } from "bullmq";
import { z } from "zod";
import { deliverOutboxMessage, markOutboxFailed, type DeliverDeps } from "../src/server/comms/deliver";

export const emailJobPayload = z.object({ outboxId: z.uuid() });

export function emailJobHandler(deps: DeliverDeps) {
  return async (job: Job) => {
    const { outboxId } = emailJobPayload.parse(job.data);
    return deliverOutboxMessage(deps, outboxId);
  };
}

/** After the job's last retry: the row stops being relayed and shows as failed. */
export function onEmailJobFailed(deps: DeliverDeps) {
  return async (job: Job, err: Error) => {
    const parsed = emailJobPayload.safeParse(job.data);
    if (parsed.success) await markOutboxFailed(deps.db, parsed.data.outboxId, err.message);
  };
}
