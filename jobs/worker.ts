/**
 * The worker process (`npm run worker`): consumes the queues (email, project events,
 * maintenance), runs the outbox relay on a
 * timer, registers the job schedulers (the daily session clean-up, the quarter-hourly escalation of blocked actions), and on SIGTERM/SIGINT stops taking jobs, lets running ones finish, and exits.
 * `startWorker` is also what the integration tests run, against their own database and
 * queue prefix.
 */
import { Worker, type Job, type Processor } from "bullmq";
import { createTransport } from "nodemailer";
import { pathToFileURL } from "node:url";
import type { Db } from "../src/server/db/clients";
import type { Logger } from "../src/server/logger";
import { emailJobHandler, onEmailJobFailed } from "./email";
import { scheduleEscalation } from "./escalation";
import { maintenanceHandler } from "./maintenance";
import { createChangePublisher } from "../src/server/live/changes";
import { eventsJobHandler, onEventsJobFailed, type EventsDeps } from "./events";
import { relayOutbox } from "./outbox";
import { emailQueue, eventsQueue, maintenanceQueue, QUEUE_NAMES, redisConnection } from "./queues";
import { scheduleSessionCleanup } from "./session-cleanup";

export type WorkerOptions = {
  /** The system client (relay, cross-tenant housekeeping). */
  db: Db;
  /** The client tenant work runs on, under row-level security. */
  tenantDb: Db;
  redisUrl: string;
  prefix: string;
  smtpUrl: string;
  mailFrom: string;
  messageIdDomain: string;
  log: Logger;
  relayEveryMs?: number;
  concurrency?: number;
};

export async function startWorker(o: WorkerOptions) {
  const connection = redisConnection(o.redisUrl);
  const queue = emailQueue({ connection, prefix: o.prefix });
  // Pooled SMTP connections: one handshake per connection, not per message.
  const transport = createTransport(`${o.smtpUrl}${o.smtpUrl.includes("?") ? "&" : "?"}pool=true&maxConnections=4`);
  const deps = { db: o.db, transport, from: o.mailFrom, messageIdDomain: o.messageIdDomain };

  /**
   * A queue's worker, on its own connection (a worker blocks on Redis): failures are logged,
   * and once a job has used its last retry `onLastFailure` marks its row so the relay stops.
   */
  function consume(name: string, handler: Processor, onLastFailure: (job: Job, err: Error) => Promise<void>): Worker {
    const worker = new Worker(name, handler, { connection: redisConnection(o.redisUrl), prefix: o.prefix, concurrency: o.concurrency ?? 8 });
    worker.on("failed", (job, err) => {
      o.log.warn({ jobId: job?.id, err: err.message }, `${name} job failed`);
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) void onLastFailure(job, err);
    });
    worker.on("error", (err) => o.log.error({ err }, `${name} worker error`));
    return worker;
  }

  const email = consume(QUEUE_NAMES.email, emailJobHandler(deps), onEmailJobFailed(deps));

  // Once a project's events are applied, the browsers looking at it refetch (live refresh).
  const live = createChangePublisher({ redisUrl: o.redisUrl, prefix: o.prefix, log: o.log });
  const eventsDeps: EventsDeps = {
    tenantDb: o.tenantDb,
    onApplied: (tenantId, a) => live.publish({ tenantId, projectIds: a.projectId ? [a.projectId] : [], membershipIds: a.touched, at: Date.now() }),
  };
  const eventQueue = eventsQueue({ connection, prefix: o.prefix });
  // Events of one project serialise on its row lock; different projects run side by side.
  const events = consume(QUEUE_NAMES.events, eventsJobHandler(eventsDeps), onEventsJobFailed(eventsDeps));

  const maintenance = maintenanceQueue({ connection, prefix: o.prefix });
  await scheduleSessionCleanup(maintenance);
  await scheduleEscalation(maintenance);
  const housekeeping = new Worker(QUEUE_NAMES.maintenance, maintenanceHandler({ db: o.db, tenantDb: o.tenantDb }), {
    connection: redisConnection(o.redisUrl),
    prefix: o.prefix,
    concurrency: 1,
  });
  housekeeping.on("completed", (job, result: unknown) => o.log.info({ job: job.name, result }, "maintenance job done"));
  housekeeping.on("failed", (job, err) => o.log.warn({ job: job?.name, err: err.message }, "maintenance job failed"));
  housekeeping.on("error", (err) => o.log.error({ err }, "maintenance worker error"));

  let relaying: Promise<unknown> = Promise.resolve();
  const relay = () => {
    relaying = relayOutbox(o.db, { email: queue, events: eventQueue })
      .then((n) => (n.messages > 0 || n.events > 0) && o.log.info(n, "outbox relay re-enqueued rows"))
      .catch((err: unknown) => o.log.warn({ err }, "outbox relay failed; will retry"));
    return relaying;
  };
  const timer = setInterval(() => void relay(), o.relayEveryMs ?? 5_000);
  await Promise.all([email.waitUntilReady(), events.waitUntilReady(), housekeeping.waitUntilReady()]);
  o.log.info({ prefix: o.prefix }, "worker ready");

  return {
    relay,
    async close() {
      clearInterval(timer);
      await relaying;
      await Promise.all([email.close(), events.close(), housekeeping.close()]);
      await Promise.all([queue.close(), eventQueue.close(), maintenance.close(), live.close()]);
      transport.close();
      connection.disconnect();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await import("../src/load-env");
  const { envOrExit } = await import("../src/env");
  const { logger } = await import("../src/server/logger");
  // The engine's modules imported above created the logger before .env was read.
  logger.level = process.env.LOG_LEVEL ?? "info";
  const { appDb, systemDb, disconnectDbs } = await import("../src/server/db/clients");
  const e = envOrExit();
  const worker = await startWorker({
    db: systemDb(),
    tenantDb: appDb(),
    redisUrl: e.REDIS_URL,
    prefix: e.QUEUE_PREFIX,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    messageIdDomain: new URL(e.APP_URL).hostname,
    log: logger,
  });
  // A plain banner whatever LOG_LEVEL says: `npm run dx` and Playwright wait for it.
  console.log(`worker ready: queues on ${e.REDIS_URL} (prefix ${e.QUEUE_PREFIX}), SMTP ${e.SMTP_URL}`);
  const stop = async (signal: string) => {
    logger.info({ signal }, "worker stopping");
    await worker.close();
    await disconnectDbs();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}
