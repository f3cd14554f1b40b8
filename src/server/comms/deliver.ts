/**
 * Delivering one outbox message: claim it, render it, hand it to SMTP, mark it sent.
 * The claim (PENDING, or SENDING whose lease ran out → SENDING with a new lease) is one
 * conditional UPDATE, so two runs of the same job cannot both send; a SENT row is skipped.
 * The SMTP Message-ID is derived from the row id, so a receiver can drop the rare duplicate
 * left by a crash between "sent" and "marked sent".
 */
import type { Transporter } from "nodemailer";
import type { Db } from "@/server/db/clients";
import { isEmailTemplate, renderEmail } from "../../../emails/registry";

export const LEASE_MS = 60_000;

export type DeliverDeps = { db: Db; transport: Transporter; from: string; messageIdDomain: string };
export type DeliverResult = "sent" | "already-done" | "busy";

export async function deliverOutboxMessage(deps: DeliverDeps, id: string, now = new Date()): Promise<DeliverResult> {
  const claimed = await deps.db.$executeRaw`
    UPDATE "OutboxMessage" SET status = 'SENDING', "lockedUntil" = ${new Date(now.getTime() + LEASE_MS)}, attempts = attempts + 1
    WHERE id = ${id}::uuid AND (status = 'PENDING' OR (status = 'SENDING' AND "lockedUntil" < ${now}))`;
  if (claimed === 0) {
    const row = await deps.db.outboxMessage.findUnique({ where: { id }, select: { status: true } });
    return !row || row.status === "SENT" || row.status === "FAILED" ? "already-done" : "busy";
  }
  const msg = await deps.db.outboxMessage.findUniqueOrThrow({ where: { id } });
  try {
    if (!isEmailTemplate(msg.template)) throw new Error(`Unknown email template "${msg.template}"`);
    const { subject, html, text } = await renderEmail(msg.template, msg.locale, msg.payload);
    await deps.transport.sendMail({
      from: deps.from,
      to: msg.to,
      subject,
      html,
      text,
      messageId: `<${msg.id}@${deps.messageIdDomain}>`,
    });
  } catch (err) {
    await deps.db.outboxMessage.update({
      where: { id },
      data: { status: "PENDING", lockedUntil: null, lastError: err instanceof Error ? err.message : String(err) },
    });
    throw err;
  }
  await deps.db.outboxMessage.update({ where: { id }, data: { status: "SENT", sentAt: new Date(), lockedUntil: null, lastError: null } });
  return "sent";
}

/** After the queue's last retry: the row stops being relayed and shows as failed. */
export async function markOutboxFailed(db: Db, id: string, reason: string): Promise<void> {
  await db.outboxMessage.updateMany({ where: { id, status: { not: "SENT" } }, data: { status: "FAILED", lastError: reason, lockedUntil: null } });
}
