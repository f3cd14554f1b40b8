/**
 * The app's Auth.js instance and who is signed in. Its configuration is built lazily per
 * request so the callback of `/api/auth/callback/sso-<slug>` gets that tenant's provider.
 * Reading the session does not go through Auth.js: `sessionOf` decodes the cookie and checks
 * the session row it names (one indexed read), for pages (`currentUser`) and the tRPC route
 * alike, so a session ended on the server is refused on its very next request.
 */
import NextAuth from "next-auth";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { cache } from "react";
import { env } from "@/env";
import { sessionClaims, userOfClaims, type SessionUser } from "./session-user";
import { authConfig, ssoSlugOf, secureCookies } from "./config";
import { ssoProviderId } from "./provider-id";
import { activeSession, endAllSessions, endSession } from "./sessions";

export const { handlers, signIn, signOut } = NextAuth(async (req) => authConfig(ssoSlugOf(req?.url)));

/** Starts sign-in at a tenant's IdP from a server action (redirects). */
export async function signInWithSso(slug: string, redirectTo: string): Promise<void> {
  await NextAuth(await authConfig(slug)).signIn(ssoProviderId(slug), { redirectTo });
}

export type SignedIn = { user: SessionUser; sessionId: string };

/** The person signed in by a request's session cookie, if that session is still active. */
export async function sessionOf(requestHeaders: Headers, now = new Date()): Promise<SignedIn | null> {
  const token = await getToken({ req: { headers: requestHeaders }, secret: env().AUTH_SECRET, secureCookie: secureCookies() });
  const c = sessionClaims.safeParse(token);
  if (!c.success) return null;
  const session = await activeSession(c.data.sid, now);
  if (!session || session.userId !== c.data.uid) return null;
  return { user: userOfClaims(c.data), sessionId: session.id };
}

/** This request's session, once per request; null when signed out. */
export const currentSession = cache(async (): Promise<SignedIn | null> => sessionOf(await headers()));

/** The signed-in person, once per request; null when signed out. */
export const currentUser = cache(async (): Promise<SessionUser | null> => (await currentSession())?.user ?? null);

/**
 * Signing out: ends this browser's session on the server — or, `everywhere`, every session of
 * the person — before Auth.js clears the cookie and goes to the login page. Ending it here,
 * not only in Auth.js's sign-out event (which is also wired, for its own endpoint), means a
 * failure to end it fails the sign-out instead of being logged and ignored.
 */
export async function endSessionAndSignOut(everywhere: boolean): Promise<void> {
  const s = await currentSession();
  if (s && everywhere) await endAllSessions(s.user.id);
  else if (s) await endSession(s.user.id, s.sessionId);
  await signOut({ redirectTo: "/login" });
}
