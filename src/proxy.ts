/**
 * Runs before every page and API request: gives it a request id (logs and responses carry
 * it), passes the path on (server components cannot read the URL they render), and sets the
 * security headers with a fresh script nonce. Next reads the nonce from the request's
 * Content-Security-Policy header and puts it on every script it renders, which is why the
 * policy goes on the request as well as on the response.
 */
import { NextResponse, type NextRequest } from "next/server";
import { createNonce, isHttps, securityHeaders } from "./security-headers";

export function proxy(req: NextRequest) {
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  const security = securityHeaders({ nonce: createNonce(), dev: process.env.NODE_ENV !== "production", https: isHttps(process.env.APP_URL) });
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-pathname", req.nextUrl.pathname);
  headers.set("content-security-policy", security["Content-Security-Policy"]);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("x-request-id", requestId);
  for (const [name, value] of Object.entries(security)) res.headers.set(name, value);
  return res;
}

// Static files skip the proxy (no HTML, no nonce to give); next.config.ts sends them the same
// headers without a nonce. Keep the two lists of paths in step.
export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
