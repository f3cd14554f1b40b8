/**
 * Writing to the email outbox. A message is a row written in the same transaction as the
 * change that caused it, with a unique idempotency key: writing it twice is a no-op, and the
 * change and its email commit or vanish together. After commit, `dispatchEmails` hands the
 * ids to the `email` queue; if Redis is unreachable nothing is lost, the relay re-enqueues.
 */
import type { Prisma } from "@/generated/prisma/client";
import type { EmailPayload, EmailTemplate } from "../../../emails/registry";
import type { AppLocale } from "@/i18n/locales";
import { enqueueRows, getEmailQueue } from "./queue";

export type EmailMessage<K extends EmailTemplate> = {
  tenantId: string | null;
  template: K;
  to: string;
  locale: AppLocale;
  payload: EmailPayload<K>;
  idempotencyKey: string;
};

/** Returns the outbox row id (the existing one when the key was already written). */
export async function queueEmail<K extends EmailTemplate>(tx: Prisma.TransactionClient, m: EmailMessage<K>): Promise<string> {
  const row = await tx.outboxMessage.upsert({
    where: { idempotencyKey: m.idempotencyKey },
    update: {},
    create: { ...m, payload: m.payload as Prisma.InputJsonValue },
    select: { id: true },
  });
  return row.id;
}

export function dispatchEmails(ids: readonly string[]): Promise<void> {
  return enqueueRows(getEmailQueue(), "send", ids.map((id) => ({ id, data: { outboxId: id } })));
}
