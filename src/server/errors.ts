/**
 * Typed domain errors and their single mapping to tRPC and HTTP (CONVENTIONS 4). Domain code
 * throws `AppError`; the tRPC error formatter turns it (and zod failures) into a code the
 * client understands and, for field problems, `fieldErrors` a form shows next to its inputs.
 */
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import type { ZodError } from "zod";

export const APP_ERROR_CODES = {
  NOT_FOUND: { trpc: "NOT_FOUND", http: 404 },
  INVALID_INPUT: { trpc: "BAD_REQUEST", http: 400 },
  CONFLICT: { trpc: "CONFLICT", http: 409 },
  FORBIDDEN: { trpc: "FORBIDDEN", http: 403 },
  UNAUTHENTICATED: { trpc: "UNAUTHORIZED", http: 401 },
  RATE_LIMITED: { trpc: "TOO_MANY_REQUESTS", http: 429 },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; http: number }>;

export type AppErrorCode = keyof typeof APP_ERROR_CODES;

/**
 * Messages per field, keyed by the input's field name ("email", "domains"). Each message is
 * a key of the `validation` catalog, optionally with values as a query string
 * ("domainTaken?domain=acme.com"), so the browser shows it in the person's language.
 */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** A problem with one input field, shown next to it. */
export function fieldError(field: string, message: string, code: AppErrorCode = "INVALID_INPUT"): AppError {
  return new AppError(code, message, { [field]: [message] });
}

/** Zod's issues as field errors ("billingAddress.city"; "_" for the form as a whole): the server's error formatter and the forms read failures the same way. */
export function zodFieldErrors(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) (out[issue.path.join(".") || "_"] ??= []).push(issue.message);
  return out;
}

export function msg(key: string, values?: Record<string, string | number>): string {
  return values ? `${key}?${new URLSearchParams(Object.entries(values).map(([k, v]) => [k, String(v)]))}` : key;
}

export const notFound = (what = "This page") => new AppError("NOT_FOUND", `${what} does not exist or you do not have access to it.`);
