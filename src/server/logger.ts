/** The process logger (pino). Requests and jobs log through a child carrying their id. */
import pino from "pino";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  // The worker names itself once started (jobs/worker.ts).
  base: { service: "web" },
  redact: ["*.clientSecret", "*.token", "*.password"],
});

export type Logger = pino.Logger;
