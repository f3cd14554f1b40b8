/**
 * The app's Auth.js instance. Its configuration is built lazily per request so the callback
 * of `/api/auth/callback/sso-<slug>` gets that tenant's provider; `auth()` (no request)
 * builds the provider-less configuration, which only decodes the session cookie.
 */
import NextAuth from "next-auth";
import { cache } from "react";
import { sessionUser, type SessionUser } from "./session-user";
import { authConfig, ssoSlugOf } from "./config";
import { ssoProviderId } from "./provider-id";

export const { handlers, auth, signIn, signOut } = NextAuth(async (req) => authConfig(ssoSlugOf(req?.url)));

/** Starts sign-in at a tenant's IdP from a server action (redirects). */
export async function signInWithSso(slug: string, redirectTo: string): Promise<void> {
  await NextAuth(await authConfig(slug)).signIn(ssoProviderId(slug), { redirectTo });
}

/** The signed-in person, once per request; null when signed out. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const parsed = sessionUser.safeParse(session && "sbUser" in session ? session.sbUser : null);
  return parsed.success ? parsed.data : null;
});
