/**
 * Loads .env files the way Next does, for processes Next does not start (worker, seed,
 * bench, dev services). Import it first, for its effect.
 */
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production", { info: () => {}, error: console.error });
