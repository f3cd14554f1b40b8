/**
 * Development OpenID Connect provider standing in for each tenant's company IdP, so SSO sign-in
 * works locally and in e2e tests. Any password is accepted; the login must be an email address.
 * Run standalone with `tsx scripts/dev-idp.ts`, or start in-process with startDevIdp().
 * Never for production: it refuses to start when NODE_ENV=production.
 */
import { createServer, type IncomingMessage } from "node:http";
import Provider, { type Account, type Configuration, type Interaction } from "oidc-provider";
import { DEMO_TENANTS, DEV_IDP_ISSUER, ssoProviderId } from "../prisma/seed/demo";
import { portFromEnv, runAsMain } from "./lib/service";

export type DevIdpClient = { client_id: string; client_secret: string; redirect_uris: string[] };
export type DevIdp = { url: string; close(): Promise<void> };

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

const DEMO_NAMES = new Map<string, string>(
  DEMO_TENANTS.flatMap((t) => t.people.map((p) => [p.email.toLowerCase(), p.name] as const)),
);

/** "jane.doe@x.test" → "Jane Doe", for people who are not in the demo data. */
function nameFromEmail(email: string): string {
  const local = email.slice(0, email.indexOf("@"));
  return local
    .split(/[._+-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(" ");
}

function normalizeLogin(login: string): string | undefined {
  const email = login.trim().toLowerCase();
  return EMAIL.test(email) ? email : undefined;
}

async function findAccount(_ctx: unknown, id: string): Promise<Account | undefined> {
  const email = normalizeLogin(id);
  if (!email) return undefined;
  const name = DEMO_NAMES.get(email) ?? nameFromEmail(email);
  const [givenName = name, ...rest] = name.split(" ");
  const familyName = rest.join(" ");
  return {
    // Must equal the id oidc-provider stored in the session, or it rejects the grant as a mismatch.
    accountId: id,
    claims: () => ({
      sub: email,
      email,
      email_verified: true,
      name,
      given_name: givenName,
      ...(familyName ? { family_name: familyName } : {}),
    }),
  };
}

function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

// Same fields, button text and look as oidc-provider's dev login form, plus the error, so
// browser tests and people can simply retry on the page they are shown.
function loginErrorPage(submitUrl: string, login: string): string {
  const e = escapeHtml;
  return `<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign-in</title>
<style>
body { font-family: sans-serif; margin: 25px 0; }
.login-card { padding: 0 40px 10px; width: 274px; background: #f7f7f7; margin: 0 auto 10px; border-radius: 2px; box-shadow: 0 2px 2px rgba(0,0,0,.3); }
h1 { font-weight: 100; text-align: center; font-size: 2.3em; }
input { height: 44px; font-size: 16px; width: 100%; margin-bottom: 10px; padding: 0 8px; box-sizing: border-box; border: 1px solid #d9d9d9; }
button { width: 100%; height: 36px; border: 0; color: #fff; background: #4d90fe; font-weight: 700; cursor: pointer; margin-bottom: 10px; }
.error { color: #d50000; }
.login-help { text-align: center; font-size: 12px; }
.login-help a { color: #666; text-decoration: none; }
</style></head>
<body>
<div class="login-card">
<h1>Sign-in</h1>
<p class="error" role="alert">Sign in with an email address, e.g. alice@acme-telecom.test.</p>
<form autocomplete="off" action="${e(submitUrl)}" method="post">
  <input type="hidden" name="prompt" value="login"/>
  <input required type="text" name="login" placeholder="Enter any login" value="${e(login)}" autofocus="on">
  <input required type="password" name="password" placeholder="and password">
  <button type="submit" class="login login-submit">Sign-in</button>
</form>
<div class="login-help"><a href="${e(submitUrl)}/abort">[ Cancel ]</a></div>
</div>
</body>
</html>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const limit = 56 * 1024;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > limit) throw new Error("request body too large");
    chunks.push(buf);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    // No host: "localhost" in the issuer may resolve to ::1 or 127.0.0.1, so listen on both.
    server.listen(port, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/**
 * Starts the provider. With `port: 0` a free port is picked and the issuer's port is replaced
 * by it (the returned `url` is the issuer actually in use).
 */
export async function startDevIdp(opts: {
  port: number;
  issuer: string;
  clients: DevIdpClient[];
}): Promise<DevIdp> {
  if (process.env.NODE_ENV === "production") {
    throw new Error(
      "The development identity provider refuses to run with NODE_ENV=production: it signs anyone in with any password.",
    );
  }

  const server = createServer();
  await listen(server, opts.port);
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("dev-idp: server has no TCP address");
  const { port } = address;

  let issuer = opts.issuer.replace(/\/+$/, "");
  if (opts.port === 0) {
    const url = new URL(issuer);
    url.port = String(port);
    issuer = url.href.replace(/\/+$/, "");
  }

  const configuration: Configuration = {
    clients: opts.clients.map((c) => ({
      ...c,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      // Auth.js (@auth/core) sends client_secret_basic when the provider sets no method.
      token_endpoint_auth_method: "client_secret_basic",
    })),
    findAccount,
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name", "given_name", "family_name"],
    },
    // Without this, scope-based claims go only to userinfo and the ID token lacks email and name.
    conformIdTokenClaims: false,
    features: {
      devInteractions: { enabled: true },
    },
    pkce: { required: () => true },
    // Signed cookies need a key; a fixed, public value is fine for a provider that is dev-only.
    cookies: { keys: ["switchboard-dev-idp-cookie-key-not-a-secret"] },
    // Set explicitly so oidc-provider stops nagging about defaults; codes live long enough to step
    // through a sign-in in a debugger, and a day-long session makes repeat dev sign-ins one click.
    ttl: {
      AccessToken: 60 * 60,
      AuthorizationCode: 5 * 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      Session: 24 * 60 * 60,
      Grant: 24 * 60 * 60,
      RefreshToken: 24 * 60 * 60,
      ClientCredentials: 10 * 60,
      DeviceCode: 10 * 60,
      BackchannelAuthenticationRequest: 10 * 60,
      PreAuthorizedCode: 10 * 60,
    },
  };

  let provider: Provider;
  try {
    provider = new Provider(issuer, configuration);
  } catch (err) {
    server.close();
    throw err;
  }

  // oidc-provider's dev login puts any login into the session unchecked; when findAccount then
  // returns undefined, resuming the authorization fails with a 500 (oidc-provider 9.13: "Cannot
  // read properties of undefined (reading 'getOIDCScopeEncountered')") and the interaction is
  // gone. Checking the login when the form is posted keeps the session clean and lets the page
  // say what is wrong.
  provider.use(async (ctx, next) => {
    if (ctx.method !== "POST" || !/^\/interaction\/[^/]+$/.test(ctx.path)) return next();
    let interaction: Interaction;
    try {
      interaction = await provider.interactionDetails(ctx.req, ctx.res);
    } catch {
      // Expired or unknown interaction: the built-in handler renders the proper error.
      return next();
    }
    // Consent and anything else stay with the built-in handler, body unread.
    if (interaction.prompt.name !== "login") return next();

    const form = await readForm(ctx.req);
    const login = form.get("login") ?? "";
    const email = normalizeLogin(login);
    if (!email) {
      ctx.status = 400;
      ctx.type = "html";
      ctx.set("cache-control", "no-store");
      ctx.body = loginErrorPage(ctx.path, login);
      return;
    }
    await provider.interactionFinished(
      ctx.req,
      ctx.res,
      { login: { accountId: email } },
      { mergeWithLastSubmission: false },
    );
    // interactionFinished already wrote the redirect.
    ctx.respond = false;
  });

  server.on("request", provider.callback());

  return {
    url: issuer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Browsers keep connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}


async function main(): Promise<{ close(): Promise<void> }> {
  const appUrl = (process.env.APP_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  const idp = await startDevIdp({
    port: portFromEnv("DEV_IDP_PORT", 4000),
    issuer: DEV_IDP_ISSUER,
    clients: DEMO_TENANTS.map((tenant) => ({
      client_id: tenant.sso.clientId,
      client_secret: tenant.sso.clientSecret,
      redirect_uris: [`${appUrl}/api/auth/callback/${ssoProviderId(tenant.slug)}`],
    })),
  });
  console.log(
    `dev-idp: issuer ${idp.url} (discovery ${idp.url}/.well-known/openid-configuration), clients ${DEMO_TENANTS.map((t) => t.sso.clientId).join(", ")} → ${appUrl}`,
  );

  return idp;
}

runAsMain(import.meta.url, main);
