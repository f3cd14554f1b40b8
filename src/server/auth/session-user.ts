/**
 * Who is signed in, and how: the part of the Auth.js token Switchboard relies on, read
 * through a zod schema rather than trusted as typed.
 */
import { z } from "zod";

export const signInMethod = z.discriminatedUnion("method", [
  z.object({ method: z.literal("email") }),
  z.object({ method: z.literal("sso"), tenant: z.string() }),
]);
export type SignInMethod = z.infer<typeof signInMethod>;

export const sessionUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  signIn: signInMethod,
});
export type SessionUser = z.infer<typeof sessionUser>;

/** A tenant that enforces SSO admits only sessions that came through its own IdP. */
export function satisfiesSso(user: SessionUser, tenant: { slug: string; enforceSso: boolean }): boolean {
  return !tenant.enforceSso || (user.signIn.method === "sso" && user.signIn.tenant === tenant.slug);
}
