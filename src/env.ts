/**
 * The process environment, validated once with zod. A missing or malformed variable stops
 * the process with a sentence naming it (CONVENTIONS 14). `parseEnv` is pure so the rules
 * are unit-tested; `env()` caches the result for the running process.
 */
import { z } from "zod";

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\//.test(v) && URL.canParse(v), "must be a postgresql:// URL");

/** "127.0.0.1", "127.0.0.1:5353", "::1", "[::1]:5353": what Node's resolver takes in setServers. */
function isDnsServer(v: string): boolean {
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(v);
  const v4 = /^([\d.]+)(?::(\d{1,5}))?$/.exec(v);
  const [ip, port] = bracketed ? [bracketed[1], bracketed[2]] : v4 ? [v4[1], v4[2]] : [v, undefined];
  const portOk = port === undefined || (Number(port) > 0 && Number(port) < 65536);
  return portOk && (z.ipv4().safeParse(ip).success || z.ipv6().safeParse(ip).success);
}

/** Same server and database as `url`, signed in as another role. */
function withUser(url: string, user: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = "";
  return u.toString();
}

/** A duration in hours: a positive number, fractions allowed (0.5 = 30 minutes). */
const hours = (fallback: number, max: number) =>
  z.coerce.number().positive("must be a positive number of hours").max(max, `must be at most ${max} hours`).default(fallback);

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: postgresUrl.describe("owner of the tables; used by migrations and tests"),
    APP_DATABASE_URL: postgresUrl.optional(),
    SYSTEM_DATABASE_URL: postgresUrl.optional(),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a redis:// URL").default("redis://127.0.0.1:6379"),
    QUEUE_PREFIX: z.string().min(1).default("{sb}"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
    APP_URL: z.url().default("http://localhost:3000"),
    ENCRYPTION_KEY: z
      .string()
      .refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes, base64-encoded"),
    SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// URL").default("smtp://127.0.0.1:1025"),
    MAIL_FROM: z.string().min(3).default("Switchboard <no-reply@switchboard.localhost>"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    // Domain verification's DNS lookups; unset, the system's resolvers answer.
    DNS_SERVERS: z
      .string()
      .transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean))
      .refine((list) => list.length > 0 && list.every(isDnsServer), "must be IP addresses with an optional port, separated by commas, like 127.0.0.1:5353")
      .optional(),
    // Sessions (src/server/auth/session-state.ts): the absolute lifetime from sign-in, and how
    // long a session may go unused. Defaults: 7 days, 24 hours.
    SESSION_LIFETIME_HOURS: hours(168, 90 * 24),
    SESSION_IDLE_TIMEOUT_HOURS: hours(24, 90 * 24),
    // Project documents (src/server/deployments/documents): where the local-disk store keeps
    // them, relative to the working directory, and the largest file accepted (10 MiB).
    DOCUMENTS_DIR: z.string().min(1).default("./storage/documents"),
    DOCUMENT_MAX_BYTES: z.coerce.number().int("must be a whole number of bytes").positive("must be a positive number of bytes").default(10 * 1024 * 1024),
  })
  .refine((e) => e.SESSION_IDLE_TIMEOUT_HOURS <= e.SESSION_LIFETIME_HOURS, {
    path: ["SESSION_IDLE_TIMEOUT_HOURS"],
    message: "must not be longer than SESSION_LIFETIME_HOURS",
    // Only compare two valid durations: a bad lifetime is reported once, as itself.
    when: (payload) => payload.issues.length === 0,
  })
  .transform((e) => ({
    ...e,
    APP_DATABASE_URL: e.APP_DATABASE_URL ?? withUser(e.DATABASE_URL, "app"),
    SYSTEM_DATABASE_URL: e.SYSTEM_DATABASE_URL ?? withUser(e.DATABASE_URL, "app_system"),
  }));

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const blanksRemoved = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = schema.safeParse(blanksRemoved);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => {
    const name = i.path.join(".");
    return source[name] === undefined || source[name] === ""
      ? `${name} is not set`
      : `${name} is invalid: ${i.message}`;
  });
  throw new EnvError(`Switchboard cannot start: ${lines.join("; ")}.`);
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For process start-up: prints the sentence and exits instead of a stack trace. */
export function envOrExit(): Env {
  try {
    return env();
  } catch (e) {
    if (!(e instanceof EnvError)) throw e;
    console.error(e.message);
    process.exit(1);
  }
}
