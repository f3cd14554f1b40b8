/**
 * Tests for the environment validation: a broken deployment must stop with a sentence that
 * names every faulty variable, and a minimal one must get sensible defaults.
 */
import { randomBytes } from "node:crypto";
import { describe, it, expect } from "vitest";
import { EnvError, parseEnv } from "./env";

const KEY = randomBytes(32).toString("base64");
const BASE = {
  DATABASE_URL: "postgresql://owner:s3cret@db.example.com:5432/switchboard",
  AUTH_SECRET: "a".repeat(32),
  ENCRYPTION_KEY: KEY,
} as const;

/** The EnvError message parseEnv throws for `source`; fails the test if it does not throw one. */
function envErrorOf(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (e) {
    expect(e).toBeInstanceOf(EnvError);
    return (e as EnvError).message;
  }
  throw new Error(`parseEnv accepted ${JSON.stringify(source)}`);
}

describe("parseEnv: required variables", () => {
  it("accepts the three required variables alone", () => {
    const env = parseEnv({ ...BASE });
    expect(env.DATABASE_URL).toBe(BASE.DATABASE_URL);
    expect(env.AUTH_SECRET).toBe(BASE.AUTH_SECRET);
    expect(env.ENCRYPTION_KEY).toBe(KEY);
  });

  it.each(["DATABASE_URL", "AUTH_SECRET", "ENCRYPTION_KEY"] as const)("names %s when it is missing", (name) => {
    const source: Record<string, string | undefined> = { ...BASE };
    delete source[name];
    const message = envErrorOf(source);
    expect(message).toContain(`${name} is not set`);
    expect(message).toMatch(/^Switchboard cannot start: /);
    expect(message).not.toContain("is invalid");
  });

  it.each(["DATABASE_URL", "AUTH_SECRET", "ENCRYPTION_KEY"] as const)("treats an empty %s as not set", (name) => {
    expect(envErrorOf({ ...BASE, [name]: "" })).toContain(`${name} is not set`);
  });

  it("treats an explicitly undefined variable as not set", () => {
    expect(envErrorOf({ ...BASE, AUTH_SECRET: undefined })).toContain("AUTH_SECRET is not set");
  });
});

describe("parseEnv: malformed values", () => {
  it.each([
    ["DATABASE_URL", "mysql://owner@db/switchboard", "postgresql://"],
    ["DATABASE_URL", "db.example.com:5432/switchboard", "postgresql://"],
    ["AUTH_SECRET", "a".repeat(31), "at least 32 characters"],
    ["ENCRYPTION_KEY", randomBytes(16).toString("base64"), "32 bytes"],
    ["ENCRYPTION_KEY", randomBytes(33).toString("base64"), "32 bytes"],
    ["REDIS_URL", "http://127.0.0.1:6379", "redis://"],
    ["REDIS_URL", "127.0.0.1:6379", "redis://"],
    ["SMTP_URL", "http://mail.example.com", "smtp://"],
    ["APP_DATABASE_URL", "mysql://app@db/switchboard", "postgresql://"],
    ["LOG_LEVEL", "verbose", ""],
    ["NODE_ENV", "staging", ""],
    ["SESSION_LIFETIME_HOURS", "a week", "number"],
    ["SESSION_LIFETIME_HOURS", "0", "positive"],
    ["SESSION_IDLE_TIMEOUT_HOURS", "-8", "positive"],
    ["SESSION_IDLE_TIMEOUT_HOURS", "200", "not be longer than SESSION_LIFETIME_HOURS"],
    ["SESSION_LIFETIME_HOURS", "9999", "at most 2160 hours"],
  ])("says %s=%j is invalid", (name, value, hint) => {
    const message = envErrorOf({ ...BASE, [name]: value });
    expect(message).toContain(`${name} is invalid`);
    expect(message).toContain(hint);
    expect(message).not.toContain("is not set");
  });

  it("accepts the boundary values: a 32-character secret, postgres:// and rediss:// and smtps://", () => {
    const env = parseEnv({
      ...BASE,
      AUTH_SECRET: "s".repeat(32),
      DATABASE_URL: "postgres://owner@db/sb",
      REDIS_URL: "rediss://cache.example.com:6380",
      SMTP_URL: "smtps://mail.example.com:465",
    });
    expect(env.AUTH_SECRET).toHaveLength(32);
    expect(env.DATABASE_URL).toBe("postgres://owner@db/sb");
    expect(env.REDIS_URL).toBe("rediss://cache.example.com:6380");
    expect(env.SMTP_URL).toBe("smtps://mail.example.com:465");
  });

  it("lists every problem in one message", () => {
    const message = envErrorOf({
      AUTH_SECRET: "short",
      ENCRYPTION_KEY: randomBytes(16).toString("base64"),
      REDIS_URL: "memcached://localhost",
    });
    expect(message).toContain("DATABASE_URL is not set");
    expect(message).toContain("AUTH_SECRET is invalid");
    expect(message).toContain("ENCRYPTION_KEY is invalid");
    expect(message).toContain("REDIS_URL is invalid");
    expect(message.match(/is (not set|invalid)/g)).toHaveLength(4);
  });

  it("does not leak a rejected secret's value into the message", () => {
    const message = envErrorOf({ ...BASE, AUTH_SECRET: "hunter2-is-my-password" });
    expect(message).not.toContain("hunter2");
  });
});

describe("parseEnv: defaults", () => {
  it("fills the optional variables with development defaults", () => {
    const env = parseEnv({ ...BASE });
    expect(env.NODE_ENV).toBe("development");
    expect(env.REDIS_URL).toBe("redis://127.0.0.1:6379");
    expect(env.QUEUE_PREFIX).toBe("{sb}");
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.SMTP_URL).toBe("smtp://127.0.0.1:1025");
    expect(env.LOG_LEVEL).toBe("info");
    expect(env.MAIL_FROM).toContain("Switchboard");
    expect(env.SESSION_LIFETIME_HOURS).toBe(168);
    expect(env.SESSION_IDLE_TIMEOUT_HOURS).toBe(24);
  });

  it("reads session durations as hours, fractions included", () => {
    const env = parseEnv({ ...BASE, SESSION_LIFETIME_HOURS: "12", SESSION_IDLE_TIMEOUT_HOURS: "0.5" });
    expect(env.SESSION_LIFETIME_HOURS).toBe(12);
    expect(env.SESSION_IDLE_TIMEOUT_HOURS).toBe(0.5);
  });

  it("treats empty optional variables as unset, so the default applies instead of an error", () => {
    const env = parseEnv({ ...BASE, REDIS_URL: "", QUEUE_PREFIX: "", APP_URL: "", SMTP_URL: "", LOG_LEVEL: "" });
    expect(env.REDIS_URL).toBe("redis://127.0.0.1:6379");
    expect(env.QUEUE_PREFIX).toBe("{sb}");
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.SMTP_URL).toBe("smtp://127.0.0.1:1025");
    expect(env.LOG_LEVEL).toBe("info");
  });

  it("keeps values that are set", () => {
    const env = parseEnv({
      ...BASE,
      NODE_ENV: "production",
      REDIS_URL: "redis://cache:6379/2",
      QUEUE_PREFIX: "{prod}",
      APP_URL: "https://switchboard.example.com",
      LOG_LEVEL: "warn",
    });
    expect(env.NODE_ENV).toBe("production");
    expect(env.REDIS_URL).toBe("redis://cache:6379/2");
    expect(env.QUEUE_PREFIX).toBe("{prod}");
    expect(env.APP_URL).toBe("https://switchboard.example.com");
    expect(env.LOG_LEVEL).toBe("warn");
  });
});

describe("parseEnv: the app and system database URLs", () => {
  it("derives them from DATABASE_URL with the app and app_system roles and no password", () => {
    const env = parseEnv({ ...BASE });
    const app = new URL(env.APP_DATABASE_URL);
    const system = new URL(env.SYSTEM_DATABASE_URL);
    expect(app.username).toBe("app");
    expect(system.username).toBe("app_system");
    for (const u of [app, system]) {
      expect(u.password).toBe("");
      expect(u.hostname).toBe("db.example.com");
      expect(u.port).toBe("5432");
      expect(u.pathname).toBe("/switchboard");
      expect(u.protocol).toBe("postgresql:");
    }
    expect(env.APP_DATABASE_URL).not.toContain("s3cret");
    expect(env.SYSTEM_DATABASE_URL).not.toContain("s3cret");
  });

  it("keeps the query string (e.g. sslmode) when deriving", () => {
    const env = parseEnv({ ...BASE, DATABASE_URL: "postgresql://owner:pw@db:5432/sb?sslmode=require" });
    expect(new URL(env.APP_DATABASE_URL).searchParams.get("sslmode")).toBe("require");
  });

  it("keeps them when they are set", () => {
    const appUrl = "postgresql://app:apppw@pooler.example.com:6432/switchboard";
    const systemUrl = "postgresql://app_system:syspw@pooler.example.com:6432/switchboard";
    const env = parseEnv({ ...BASE, APP_DATABASE_URL: appUrl, SYSTEM_DATABASE_URL: systemUrl });
    expect(env.APP_DATABASE_URL).toBe(appUrl);
    expect(env.SYSTEM_DATABASE_URL).toBe(systemUrl);
  });

  it("derives them when they are set to empty strings", () => {
    const env = parseEnv({ ...BASE, APP_DATABASE_URL: "", SYSTEM_DATABASE_URL: "" });
    expect(new URL(env.APP_DATABASE_URL).username).toBe("app");
    expect(new URL(env.SYSTEM_DATABASE_URL).username).toBe("app_system");
  });

  it("reports an unparseable DATABASE_URL as an EnvError naming it", () => {
    expect(envErrorOf({ ...BASE, DATABASE_URL: "postgresql://db host/switchboard" })).toContain("DATABASE_URL is invalid");
  });
});

describe("parseEnv: DNS_SERVERS (domain verification's resolvers)", () => {
  it("is unset by default: the system's resolvers answer", () => {
    expect(parseEnv({ ...BASE }).DNS_SERVERS).toBeUndefined();
  });

  it("takes IPv4 and IPv6 addresses, with or without a port, separated by commas", () => {
    expect(parseEnv({ ...BASE, DNS_SERVERS: "127.0.0.1:5353, ::1 ,[::1]:53,9.9.9.9" }).DNS_SERVERS).toEqual(["127.0.0.1:5353", "::1", "[::1]:53", "9.9.9.9"]);
  });

  it.each(["localhost:53", "127.0.0.1:0", "127.0.0.1:70000", "1.2.3.4.5", ",", "dns.example.com"])("refuses %j with a sentence naming it", (value) => {
    expect(envErrorOf({ ...BASE, DNS_SERVERS: value })).toContain("DNS_SERVERS is invalid: must be IP addresses");
  });
});
