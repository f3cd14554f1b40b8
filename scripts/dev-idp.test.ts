/**
 * Tests for the development OpenID Connect provider: production guard, discovery, and the
 * sign-in flow as far as the app depends on it (PKCE authorization → login → consent → ID token).
 */
import { createHash, randomBytes } from "node:crypto";
import { describe, it, expect, vi } from "vitest";
import { startDevIdp } from "./dev-idp";

const REDIRECT_URI = "http://localhost:3000/api/auth/callback/sso-acme";
const CLIENT = { client_id: "acme", client_secret: "acme-dev-secret", redirect_uris: [REDIRECT_URI] };

function startIdp() {
  return startDevIdp({ port: 0, issuer: "http://localhost:4000", clients: [CLIENT] });
}

/** fetch with a cookie jar and without following redirects, like one browser tab. */
function browser(base: string) {
  const jar = new Map<string, string>();
  return async (path: string, init: { method?: string; form?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") };
    if (init.form) headers["content-type"] = "application/x-www-form-urlencoded";
    const res = await fetch(new URL(path, base), {
      method: init.method ?? (init.form ? "POST" : "GET"),
      headers,
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
      redirect: "manual",
    });
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(";")[0] ?? "";
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value) jar.set(name, value);
      else jar.delete(name);
    }
    return res;
  };
}

function pkce() {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

function authorizePath(challenge: string): string {
  const params = new URLSearchParams({
    client_id: "acme",
    response_type: "code",
    scope: "openid email profile",
    redirect_uri: REDIRECT_URI,
    code_challenge: challenge,
    code_challenge_method: "S256",
    state: "x",
    nonce: "y",
  });
  return `/auth?${params.toString()}`;
}

function location(res: Response): string {
  const value = res.headers.get("location");
  if (!value) throw new Error(`expected a redirect, got ${res.status}`);
  return value;
}

describe("dev IdP", () => {
  it("refuses to start in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    try {
      await expect(startIdp()).rejects.toThrow(/production/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("serves discovery advertising PKCE S256 and the profile claims", async () => {
    const idp = await startIdp();
    try {
      expect(idp.url).toMatch(/^http:\/\/localhost:\d+$/);
      expect(idp.url).not.toBe("http://localhost:4000");
      const res = await fetch(`${idp.url}/.well-known/openid-configuration`);
      expect(res.status).toBe(200);
      const discovery: unknown = await res.json();
      expect(discovery).toMatchObject({
        issuer: idp.url,
        code_challenge_methods_supported: expect.arrayContaining(["S256"]),
        token_endpoint_auth_methods_supported: expect.arrayContaining(["client_secret_basic"]),
        userinfo_endpoint: expect.any(String),
        claims_supported: expect.arrayContaining(["email", "name", "given_name", "family_name"]),
      });
    } finally {
      await idp.close();
    }
  });

  it("requires PKCE and sends an authorization request with it to the login interaction", async () => {
    const idp = await startIdp();
    try {
      const go = browser(idp.url);
      const withoutPkce = await go(
        `/auth?${new URLSearchParams({ client_id: "acme", response_type: "code", scope: "openid", redirect_uri: REDIRECT_URI, state: "x" }).toString()}`,
      );
      expect(new URL(location(withoutPkce)).searchParams.get("error")).toBe("invalid_request");

      const res = await go(authorizePath(pkce().challenge));
      expect(res.status).toBe(303);
      expect(location(res)).toMatch(/^\/interaction\/[\w-]+$/);

      const page = await go(location(res));
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('name="login"');
      expect(html).toContain('name="password"');
      expect(html).toContain("Sign-in</button>");
    } finally {
      await idp.close();
    }
  });

  it("refuses a login that is not an email, then signs in and issues an ID token with email and name", async () => {
    const idp = await startIdp();
    try {
      const go = browser(idp.url);
      const { verifier, challenge } = pkce();
      const interaction = location(await go(authorizePath(challenge)));

      const refused = await go(interaction, { form: { prompt: "login", login: "not-an-email", password: "x" } });
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain("email address");

      const loggedIn = await go(interaction, { form: { prompt: "login", login: "Alice@Acme-Telecom.test", password: "x" } });
      expect(loggedIn.status).toBe(303);
      const consent = location(await go(location(loggedIn)));
      expect(await (await go(consent)).text()).toContain("Continue</button>");

      const consented = await go(consent, { form: { prompt: "consent" } });
      const callback = new URL(location(await go(location(consented))));
      expect(callback.origin + callback.pathname).toBe(REDIRECT_URI);
      const code = callback.searchParams.get("code");
      expect(code).toBeTruthy();

      const token = await fetch(`${idp.url}/token`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          authorization: `Basic ${Buffer.from("acme:acme-dev-secret").toString("base64")}`,
        },
        body: new URLSearchParams({
          grant_type: "authorization_code",
          code: code ?? "",
          redirect_uri: REDIRECT_URI,
          code_verifier: verifier,
        }).toString(),
      });
      expect(token.status).toBe(200);
      const body: unknown = await token.json();
      const idToken = typeof body === "object" && body !== null && "id_token" in body ? body.id_token : undefined;
      if (typeof idToken !== "string") throw new Error(`no id_token in ${JSON.stringify(body)}`);
      const claims: unknown = JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString("utf8"));
      expect(claims).toMatchObject({
        sub: "alice@acme-telecom.test",
        email: "alice@acme-telecom.test",
        email_verified: true,
        name: "Alice Morgan",
        given_name: "Alice",
        family_name: "Morgan",
        nonce: "y",
        aud: "acme",
      });
    } finally {
      await idp.close();
    }
  });
});
