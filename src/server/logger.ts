/** The process logger (pino). Requests and jobs log through a child carrying their id. */
import pino from "pino";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  // Which process logs: the worker's engine modules import this before its entry point runs,
  // so it cannot be told afterwards (pino's base is fixed at creation).
  base: { service: process.argv.some((arg) => arg.endsWith("jobs/worker.ts")) ? "worker" : "web" },
  redact: ["*.clientSecret", "*.token", "*.password"],
});

export type Logger = pino.Logger;
