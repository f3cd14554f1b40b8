/**
 * "Test connection": fetches an issuer's OpenID discovery document and says what is wrong
 * with it for Switchboard's sign-in (authorization code flow with PKCE S256). Problems are
 * keys of the `validation` catalog with their values, so they show in the admin's language.
 */
import { z } from "zod";
import { msg } from "@/server/errors";

const discovery = z.object({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  response_types_supported: z.array(z.string()).optional(),
  code_challenge_methods_supported: z.array(z.string()).optional(),
});

export type DiscoveryResult =
  | { ok: true; authorizationEndpoint: string; tokenEndpoint: string }
  | { ok: false; problem: string };

/** Pure: judges a fetched document. */
export function judgeDiscovery(issuer: string, doc: unknown): DiscoveryResult {
  const parsed = discovery.safeParse(doc);
  if (!parsed.success) {
    return { ok: false, problem: msg("oidcIncomplete", { field: parsed.error.issues[0]?.path.join(".") || "document" }) };
  }
  const d = parsed.data;
  if (d.issuer.replace(/\/+$/, "") !== issuer) return { ok: false, problem: msg("oidcIssuerMismatch", { actual: d.issuer, expected: issuer }) };
  if (d.response_types_supported && !d.response_types_supported.includes("code")) return { ok: false, problem: "oidcNoCodeFlow" };
  if (d.code_challenge_methods_supported && !d.code_challenge_methods_supported.includes("S256")) return { ok: false, problem: "oidcNoPkce" };
  return { ok: true, authorizationEndpoint: d.authorization_endpoint, tokenEndpoint: d.token_endpoint };
}

export async function testDiscovery(issuer: string, timeoutMs = 5000): Promise<DiscoveryResult> {
  const url = `${issuer}/.well-known/openid-configuration`;
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: "application/json" }, redirect: "follow" });
  } catch (e) {
    const timedOut = e instanceof Error && e.name === "TimeoutError";
    return { ok: false, problem: msg(timedOut ? "oidcTimeout" : "oidcUnreachable", { issuer }) };
  }
  if (!res.ok) return { ok: false, problem: msg("oidcHttp", { url, status: res.status }) };
  let doc: unknown;
  try {
    doc = await res.json();
  } catch {
    return { ok: false, problem: msg("oidcNotJson", { url }) };
  }
  return judgeDiscovery(issuer, doc);
}
