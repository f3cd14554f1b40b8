/**
 * What the dev services (mail sink, dev IdP) share when run as their own process: reading a
 * port from the environment, and running until SIGTERM/SIGINT, then closing cleanly.
 */
import { pathToFileURL } from "node:url";

export function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a port number, got "${raw}".`);
  }
  return port;
}

/** When `moduleUrl` is the script node was started with, starts the service and keeps it until a signal. */
export function runAsMain(moduleUrl: string, start: () => Promise<{ close(): Promise<void> }>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  start().then(
    (service) => {
      let closing = false;
      const shutdown = () => {
        if (closing) return;
        closing = true;
        service.close().then(
          () => process.exit(0),
          (err: unknown) => {
            console.error(err);
            process.exit(1);
          },
        );
      };
      process.on("SIGTERM", shutdown);
      process.on("SIGINT", shutdown);
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
