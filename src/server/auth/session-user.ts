/**
 * Who is signed in, and how: the claims of the Auth.js token Switchboard relies on, read
 * through a zod schema rather than trusted as typed. The token also names the server-side
 * session (`sid`, sessions.ts) that must still be active for any of it to count.
 */
import { z } from "zod";

export const signInMethod = z.discriminatedUnion("method", [
  z.object({ method: z.literal("email") }),
  z.object({ method: z.literal("sso"), tenant: z.string() }),
]);
export type SignInMethod = z.infer<typeof signInMethod>;

/** What config.ts writes into the JWT at sign-in. */
export const sessionClaims = z.object({
  uid: z.uuid(),
  sid: z.string().min(1),
  email: z.string().nullish(),
  name: z.string().nullish(),
  signIn: signInMethod,
});
export type SessionClaims = z.infer<typeof sessionClaims>;

export type SessionUser = { id: string; email: string; name: string; signIn: SignInMethod };

export function userOfClaims(c: SessionClaims): SessionUser {
  return { id: c.uid, email: c.email ?? "", name: c.name ?? "", signIn: c.signIn };
}

/** A tenant that enforces SSO admits only sessions that came through its own IdP. */
export function satisfiesSso(user: SessionUser, tenant: { slug: string; enforceSso: boolean }): boolean {
  return !tenant.enforceSso || (user.signIn.method === "sso" && user.signIn.tenant === tenant.slug);
}
