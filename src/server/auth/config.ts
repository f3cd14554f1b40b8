/**
 * Auth.js configuration. Sessions are JWTs (no session table); two ways in:
 *  - `email-link`: a magic link or accepted invitation, checked and used up by identity;
 *  - `sso-<slug>`: the tenant's own OIDC provider (code flow with PKCE, state and nonce),
 *    built per request from the tenant's encrypted settings, since each tenant has its own.
 */
import type { NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { z } from "zod";
import { env } from "@/env";
import { consumeMagicLink } from "@/server/identity/magic-link";
import { CLIENT_AUTH_METHOD } from "@/server/identity/oidc-discovery";
import { admitSsoUser, ssoClientFor } from "@/server/identity/sso";
import { userIdByEmail } from "@/server/identity/users";
import { ssoProviderId } from "./provider-id";
import { signInMethod, type SessionUser } from "./session-user";

const SSO_PATH = /\/api\/auth\/(?:signin|callback)\/sso-([a-z0-9-]+)/;

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
    session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
    pages: { signIn: "/login", error: "/login" },
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
          const id = account.type === "oidc" ? await userIdByEmail(user.email) : user.id;
          token.uid = id;
          token.signIn = account.type === "oidc" && ssoSlug ? { method: "sso", tenant: ssoSlug } : { method: "email" };
        }
        return token;
      },
      session({ session, token }) {
        const method = signInMethod.safeParse(token.signIn);
        const user: SessionUser | null =
          typeof token.uid === "string" && method.success
            ? { id: token.uid, email: token.email ?? "", name: token.name ?? "", signIn: method.data }
            : null;
        return { ...session, sbUser: user };
      },
    },
  };
}
