/**
 * The HTTP side of project documents, shared by the upload and download routes (files are
 * multipart and binary, so they cannot go through tRPC). Who may do what is decided by the
 * check tRPC's tenant rungs use (auth/tenant-member.ts): the session from the request's
 * cookie, the tenant from the URL's slug (a non-member gets 404, never 403), the tenant's SSO
 * requirement; then the work runs in one `withTenant` unit of work. Domain errors
 * map through APP_ERROR_CODES, the one mapping, to `{ error, fieldErrors }`.
 */
import { randomUUID } from "node:crypto";
import { env } from "@/env";
import { sessionOf } from "@/server/auth";
import type { SessionUser } from "@/server/auth/session-user";
import { tenantMember } from "@/server/auth/tenant-member";
import { withTenant, type TenantDb } from "@/server/db/tenant";
import { AppError, APP_ERROR_CODES } from "@/server/errors";
import { hasRole } from "@/server/identity/roles";
import { logger, type Logger } from "@/server/logger";
import { DOCUMENT_EDITORS, DocumentTooLargeError } from "./documents";

export type DocumentAccess = "read" | "edit";
export type DocumentRequest = { db: TenantDb; user: SessionUser; log: Logger };

/**
 * Forms can be posted from any site; the session cookie's SameSite=Lax already keeps it off a
 * cross-site POST, and this refuses one outright whenever the browser says where it came from.
 */
function fromOurOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return true;
  return origin === new URL(req.url).origin || origin === new URL(env().APP_URL).origin;
}

/** Runs `work` for the signed-in member of tenant `slug`, answering its Response or the mapped error. */
export async function documentResponse(
  req: Request,
  slug: string,
  access: DocumentAccess,
  work: (r: DocumentRequest) => Promise<Response>,
): Promise<Response> {
  const requestId = req.headers.get("x-request-id") ?? randomUUID();
  let log = logger.child({ requestId });
  try {
    const found = await tenantMember((await sessionOf(req.headers))?.user, slug);
    const user = found.user;
    log = log.child({ userId: user.id });
    if (access === "edit" && !hasRole(found.membership.roles, ...DOCUMENT_EDITORS)) {
      throw new AppError("FORBIDDEN", "Viewers can download documents but not add or delete them.");
    }
    if (access === "edit" && !fromOurOrigin(req)) throw new AppError("FORBIDDEN", "This request did not come from Switchboard.");
    const tenantLog = log.child({ tenantId: found.tenant.id });
    return await withTenant(found.tenant, (db) => work({ db, user, log: tenantLog }));
  } catch (e) {
    return problemResponse(e, log);
  }
}

export function problemResponse(e: unknown, log: Logger): Response {
  if (e instanceof AppError) {
    // A too-large file is the one refusal with its own status, so clients can tell it apart.
    const status = e instanceof DocumentTooLargeError ? 413 : APP_ERROR_CODES[e.code].http;
    return Response.json({ error: e.message, code: e.code, fieldErrors: e.fieldErrors ?? {} }, { status, headers: { "cache-control": "no-store" } });
  }
  log.error({ err: e }, "document request failed");
  return Response.json({ error: "Something went wrong on our side. Please try again.", code: "INTERNAL", fieldErrors: {} }, { status: 500 });
}

/**
 * `attachment` with the name twice: `filename` in plain ASCII for old clients, `filename*`
 * (RFC 5987/6266) with the real name percent-encoded in UTF-8. Quotes, backslashes and control
 * characters never reach the header.
 */
export function contentDisposition(name: string): string {
  const ascii = name.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\%]/g, "_").trim() || "document";
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
