/** Points the app's env at this run's database and queue prefix before any module reads it. */
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.QUEUE_PREFIX = inject("queuePrefix");
process.env.APP_DATABASE_URL = "";
process.env.SYSTEM_DATABASE_URL = "";
process.env.AUTH_SECRET = "integration-tests-secret-0123456789abcdef";
process.env.ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");
process.env.APP_URL = "http://localhost:3999";
process.env.LOG_LEVEL = "silent";
