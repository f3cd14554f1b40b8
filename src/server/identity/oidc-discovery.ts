/**
 * "Test connection": fetches an issuer's OpenID discovery document and says what in it stops
 * Switchboard's sign-in, naming each missing piece. Problems and warnings are keys of the
 * `validation` catalog with their values, so they show in the admin's language.
 *
 * What the sign-in needs (see src/server/auth/config.ts): the authorization code flow, PKCE
 * with S256, and the client authentication Auth.js v5 uses for a client with a secret when
 * none is configured, `client_secret_basic` (id and secret in an HTTP Basic header; @auth/core
 * lib/actions/callback/oauth/callback.js). Where the document is silent, OpenID Connect
 * Discovery 1.0 §3 gives the defaults: token endpoint authentication `client_secret_basic`,
 * grant types `authorization_code` and `implicit`. For PKCE it gives none; an IdP that does not
 * list its methods may still support S256 (several do), but Auth.js then leaves PKCE out and
 * relies on the nonce alone — worth a warning, not a refusal. A list without S256 is a refusal.
 */
import { z } from "zod";
import { msg } from "@/server/errors";

/** The client authentication Auth.js performs at the token endpoint. */
export const CLIENT_AUTH_METHOD = "client_secret_basic";

const discovery = z.object({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  response_types_supported: z.array(z.string()),
  grant_types_supported: z.array(z.string()).optional(),
  code_challenge_methods_supported: z.array(z.string()).optional(),
  token_endpoint_auth_methods_supported: z.array(z.string()).optional(),
});

export type DiscoveryResult =
  | { ok: true; warnings: string[]; authorizationEndpoint: string; tokenEndpoint: string }
  | { ok: false; problems: string[]; warnings: string[] };

const listed = (values: string[]) => values.join(", ") || "—";

/** Pure: judges a fetched document. */
export function judgeDiscovery(issuer: string, doc: unknown): DiscoveryResult {
  const parsed = discovery.safeParse(doc);
  if (!parsed.success) {
    return { ok: false, problems: [msg("oidcIncomplete", { field: parsed.error.issues[0]?.path.join(".") || "document" })], warnings: [] };
  }
  const d = parsed.data;
  if (d.issuer.replace(/\/+$/, "") !== issuer) {
    return { ok: false, problems: [msg("oidcIssuerMismatch", { actual: d.issuer, expected: issuer })], warnings: [] };
  }
  const problems: string[] = [];
  const warnings: string[] = [];
  // A response type is a space-separated set ("code id_token"); the code flow is "code" alone.
  const codeFlow = d.response_types_supported.includes("code") && (d.grant_types_supported ?? ["authorization_code"]).includes("authorization_code");
  if (!codeFlow) problems.push(msg("oidcNoCodeFlow", { offered: listed(d.response_types_supported) }));
  const pkce = d.code_challenge_methods_supported;
  if (pkce === undefined) warnings.push("oidcPkceUnlisted");
  else if (!pkce.includes("S256")) problems.push(msg("oidcNoPkce", { offered: listed(pkce) }));
  const auth = d.token_endpoint_auth_methods_supported ?? [CLIENT_AUTH_METHOD];
  if (!auth.includes(CLIENT_AUTH_METHOD)) problems.push(msg("oidcNoClientAuth", { method: CLIENT_AUTH_METHOD, offered: listed(auth) }));
  return problems.length
    ? { ok: false, problems, warnings }
    : { ok: true, warnings, authorizationEndpoint: d.authorization_endpoint, tokenEndpoint: d.token_endpoint };
}

const failed = (problem: string): DiscoveryResult => ({ ok: false, problems: [problem], warnings: [] });

export async function testDiscovery(issuer: string, timeoutMs = 5000): Promise<DiscoveryResult> {
  const url = `${issuer}/.well-known/openid-configuration`;
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: "application/json" }, redirect: "follow" });
  } catch (e) {
    const timedOut = e instanceof Error && e.name === "TimeoutError";
    return failed(msg(timedOut ? "oidcTimeout" : "oidcUnreachable", { issuer }));
  }
  if (!res.ok) return failed(msg("oidcHttp", { url, status: res.status }));
  let doc: unknown;
  try {
    doc = await res.json();
  } catch {
    return failed(msg("oidcNotJson", { url }));
  }
  return judgeDiscovery(issuer, doc);
}
