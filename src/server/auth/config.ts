/**
 * Auth.js configuration. The session cookie is a JWT that refers to a server-side session row
 * (sessions.ts): signing in opens one, signing out ends it, and reading the session checks it.
 * Two ways in:
 *  - `email-link`: a magic link or accepted invitation, checked and used up by identity;
 *  - `sso-<slug>`: the tenant's own OIDC provider (code flow with PKCE, state and nonce),
 *    built per request from the tenant's encrypted settings, since each tenant has its own.
 */
import type { NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { headers } from "next/headers";
import { z } from "zod";
import { env } from "@/env";
import { consumeMagicLink } from "@/server/identity/magic-link";
import { CLIENT_AUTH_METHOD } from "@/server/identity/oidc-discovery";
import { admitSsoUser, ssoClientFor } from "@/server/identity/sso";
import { userIdByEmail } from "@/server/identity/users";
import { ssoProviderId } from "./provider-id";
import { sessionClaims, userOfClaims, type SessionClaims, type SignInMethod } from "./session-user";
import { deviceOf } from "./devices";
import { activeSession, endSessionByToken, startSession } from "./sessions";

const SSO_PATH = /\/api\/auth\/(?:signin|callback)\/sso-([a-z0-9-]+)/;

/** Secure (`__Secure-`) cookies exactly when the app is served over https; reading must agree. */
export const secureCookies = () => new URL(env().APP_URL).protocol === "https:";

/** The tenant whose SSO an Auth.js request is about, if any. */
export function ssoSlugOf(url: string | undefined): string | null {
  return url ? (new URL(url, "http://localhost").pathname.match(SSO_PATH)?.[1] ?? null) : null;
}

const oidcProfile = z.object({ sub: z.string(), email: z.string().email(), name: z.string().optional(), email_verified: z.boolean().optional() });

async function ssoProvider(slug: string): Promise<Provider | null> {
  const client = await ssoClientFor(slug);
  if (!client) return null;
  return {
    id: ssoProviderId(slug),
    name: "SSO",
    type: "oidc",
    issuer: client.issuer,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    checks: ["pkce", "state", "nonce"],
    // Named rather than left to Auth.js's default, so "test connection" checks the method in use.
    client: { token_endpoint_auth_method: CLIENT_AUTH_METHOD },
    authorization: { params: { scope: "openid email profile" } },
    profile(raw) {
      const p = oidcProfile.parse(raw);
      return { id: p.sub, email: p.email.toLowerCase(), name: p.name ?? p.email };
    },
  };
}

export async function authConfig(ssoSlug: string | null): Promise<NextAuthConfig> {
  const providers: Provider[] = [
    Credentials({
      id: "email-link",
      credentials: { token: {} },
      async authorize(c) {
        const used = typeof c.token === "string" ? await consumeMagicLink(c.token) : null;
        return used ? { id: used.user.id, email: used.user.email, name: used.user.name } : null;
      },
    }),
  ];
  const sso = ssoSlug ? await ssoProvider(ssoSlug) : null;
  if (sso) providers.push(sso);

  return {
    providers,
    secret: env().AUTH_SECRET,
    trustHost: true,
    useSecureCookies: secureCookies(),
    session: { strategy: "jwt", maxAge: env().SESSION_LIFETIME_HOURS * 3600 },
    pages: { signIn: "/login", error: "/login" },
    events: {
      async signOut(message) {
        if ("token" in message && typeof message.token?.sid === "string") await endSessionByToken(message.token.sid);
      },
    },
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.type !== "oidc" || !ssoSlug) return true;
        const p = oidcProfile.safeParse(profile);
        if (!p.success) return `/login?error=sso-profile&tenant=${ssoSlug}`;
        const verdict = await admitSsoUser(ssoSlug, {
          email: p.data.email.toLowerCase(),
          name: p.data.name ?? p.data.email,
          emailVerified: p.data.email_verified !== false,
        });
        return verdict.ok ? true : `/login?error=sso-${verdict.reason}&tenant=${ssoSlug}`;
      },
      async jwt({ token, user, account }) {
        if (user?.email && account) {
          const uid = account.type === "oidc" ? await userIdByEmail(user.email) : user.id;
          if (!uid) return token;
          const signIn: SignInMethod = account.type === "oidc" && ssoSlug ? { method: "sso", tenant: ssoSlug } : { method: "email" };
          const { token: sid } = await startSession(uid, deviceOf(await headers()));
          return Object.assign(token, { uid, signIn, sid } satisfies Omit<SessionClaims, "email" | "name">);
        }
        // Auth.js's own session endpoint: the check every request of the app makes (index.ts).
        return typeof token.sid === "string" && (await activeSession(token.sid)) ? token : null;
      },
      session({ session, token }) {
        const claims = sessionClaims.safeParse(token);
        return { ...session, sbUser: claims.success ? userOfClaims(claims.data) : null };
      },
    },
  };
}
