/**
 * The email outbox delivers each row exactly once to the real SMTP sink: when the same job
 * runs twice (and concurrently), and when Redis loses every queued job before the relay runs.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { env } from "@/env";
import { queueEmail } from "@/server/comms/outbox";
import { deliverOutboxMessage } from "@/server/comms/deliver";
import { createDb, type Db } from "@/server/db/clients";
import { logger } from "@/server/logger";
import { relayOutbox } from "../../jobs/outbox";
import { emailQueue, eventsQueue, redisConnection } from "../../jobs/queues";
import { startWorker } from "../../jobs/worker";
import { startMailSink, type MailSink } from "../../scripts/mail-sink";
import { unique } from "../../prisma/seed/factories";
import { waitForMessages } from "../support/mail";
import { createTransport } from "nodemailer";

let sink: MailSink;
let system: Db;
let redis: Redis;
const prefix = () => env().QUEUE_PREFIX;

async function writeEmails(n: number, label: string): Promise<{ ids: string[]; to: string[] }> {
  const to = Array.from({ length: n }, (_, i) => `${label}-${i}@outbox.test`);
  const ids = await system.$transaction((tx) =>
    Promise.all(
      to.map((address) =>
        queueEmail(tx, {
          tenantId: null,
          template: "magic-link",
          to: address,
          locale: "en",
          idempotencyKey: unique("test"),
          payload: { url: "http://localhost:3999/auth/magic?token=t", tenantName: "Outbox Test", brandColor: null, expiresInMinutes: 15, firstSignIn: false },
        }),
      ),
    ),
  );
  return { ids, to };
}

const flushQueueKeys = async () => {
  const keys = await redis.keys(`${prefix()}*`);
  if (keys.length) await redis.del(...keys);
};

beforeAll(async () => {
  sink = await startMailSink({ smtpPort: 0, httpPort: 0 });
  system = createDb(env().SYSTEM_DATABASE_URL, 4);
  redis = new Redis(env().REDIS_URL);
});
beforeEach(flushQueueKeys);
afterAll(async () => {
  await flushQueueKeys();
  redis.disconnect();
  await system.$disconnect();
  await sink.close();
});

const workerOptions = () => ({
  db: system,
  // No project events here: the system client serves.
  tenantDb: system,
  redisUrl: env().REDIS_URL,
  prefix: prefix(),
  smtpUrl: `smtp://127.0.0.1:${sink.smtpPort}`,
  mailFrom: "Switchboard <no-reply@switchboard.test>",
  messageIdDomain: "switchboard.test",
  log: logger,
  relayEveryMs: 60_000,
});

describe("the email outbox", () => {
  it("idempotency key: writing the same message twice keeps one row", async () => {
    const key = unique("same");
    const write = () =>
      system.$transaction((tx) =>
        queueEmail(tx, { tenantId: null, template: "magic-link", to: "twice@outbox.test", locale: "fr", idempotencyKey: key, payload: { url: "http://localhost/x", tenantName: null, brandColor: null, expiresInMinutes: 15, firstSignIn: true } }),
      );
    const [first, second] = [await write(), await write()];
    expect(first).toBe(second);
    expect(await system.outboxMessage.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it("sends one email when the same job runs twice, even at the same moment", async () => {
    const { ids, to } = await writeEmails(1, "twice");
    const id = ids[0]!;
    const transport = createTransport(`smtp://127.0.0.1:${sink.smtpPort}`);
    const deps = { db: system, transport, from: "x@switchboard.test", messageIdDomain: "switchboard.test" };
    const results = await Promise.all([deliverOutboxMessage(deps, id), deliverOutboxMessage(deps, id)]);
    expect(results.filter((r) => r === "sent")).toHaveLength(1);
    expect(results.find((r) => r !== "sent")).toMatch(/^(busy|already-done)$/);
    expect(await deliverOutboxMessage(deps, id)).toBe("already-done");

    // And through the queue: the job added again after sending is a no-op.
    const worker = await startWorker(workerOptions());
    const queue = emailQueue({ connection: redisConnection(env().REDIS_URL), prefix: prefix() });
    await queue.add("send", { outboxId: id }, { jobId: `${id}-again` });
    await queue.add("send", { outboxId: id }, { jobId: id });
    await new Promise((r) => setTimeout(r, 1500));
    const mail = await waitForMessages(sink.httpPort, (m) => m.some((x) => x.to.includes(to[0]!)));
    expect(mail.filter((m) => m.to.includes(to[0]!))).toHaveLength(1);
    expect(mail.find((m) => m.to.includes(to[0]!))?.messageId).toContain(id);
    await queue.close();
    await worker.close();
    transport.close();
  });

  it("sends each email exactly once when Redis lost the queued jobs before the relay ran", async () => {
    const { ids, to } = await writeEmails(5, "flushed");
    const queue = emailQueue({ connection: redisConnection(env().REDIS_URL), prefix: prefix() });
    const events = eventsQueue({ connection: redisConnection(env().REDIS_URL), prefix: prefix() });
    await queue.addBulk(ids.map((id) => ({ name: "send", data: { outboxId: id }, opts: { jobId: id } })));
    await flushQueueKeys(); // Redis restarted empty: the jobs are gone, the rows are not.

    const worker = await startWorker(workerOptions());
    const later = new Date(Date.now() + 60_000); // past the relay's grace period
    expect((await relayOutbox(system, { email: queue, events }, later)).messages).toBeGreaterThanOrEqual(5);
    const mail = await waitForMessages(sink.httpPort, (m) => to.every((t) => m.some((x) => x.to.includes(t))));
    // A second relay finds nothing left to do.
    await new Promise((r) => setTimeout(r, 500));
    const again = await relayOutbox(system, { email: queue, events }, new Date(Date.now() + 60_000));
    expect(again.messages).toBe(0);
    for (const t of to) expect(mail.filter((m) => m.to.includes(t))).toHaveLength(1);
    const rows = await system.outboxMessage.findMany({ where: { id: { in: ids } }, select: { status: true, attempts: true, sentAt: true } });
    expect(rows.every((r) => r.status === "SENT" && r.attempts === 1 && r.sentAt)).toBe(true);
    await events.close();
    await queue.close();
    await worker.close();
  });

  it("puts a message back and keeps the reason when SMTP refuses it, then sends it on retry", async () => {
    const { ids, to } = await writeEmails(1, "retry");
    const id = ids[0]!;
    const down = createTransport("smtp://127.0.0.1:9"); // nothing listens there
    const deps = { db: system, from: "x@switchboard.test", messageIdDomain: "switchboard.test" };
    await expect(deliverOutboxMessage({ ...deps, transport: down }, id)).rejects.toThrow();
    const failed = await system.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(failed.status).toBe("PENDING");
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    const up = createTransport(`smtp://127.0.0.1:${sink.smtpPort}`);
    expect(await deliverOutboxMessage({ ...deps, transport: up }, id)).toBe("sent");
    const mail = await waitForMessages(sink.httpPort, (m) => m.some((x) => x.to.includes(to[0]!)));
    expect(mail.filter((m) => m.to.includes(to[0]!))).toHaveLength(1);
    up.close();
  });
});
