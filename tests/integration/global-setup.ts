/** One database and one queue prefix per integration run, removed at the end. */
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import type { TestProject } from "vitest/node";
import { createMigratedDatabase, dropDatabase } from "../../scripts/lib/local-db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    queuePrefix: string;
  }
}

export default async function setup(project: TestProject) {
  const db = await createMigratedDatabase("sb_it");
  const queuePrefix = `{sbit-${randomBytes(4).toString("hex")}}`;
  project.provide("databaseUrl", db.url);
  project.provide("queuePrefix", queuePrefix);
  return async () => {
    await dropDatabase(db.name);
    const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
    const keys = await redis.keys(`${queuePrefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  };
}
