"use server";
/**
 * Server actions of the signed-out pages: the steps that end in an Auth.js sign-in, which
 * must set the session cookie and redirect, so they cannot be tRPC calls.
 */
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signInWithSso } from "@/server/auth";
import { SLUG_PATTERN } from "@/server/identity/slug";
import { acceptInvitation } from "@/server/identity/invitations";
import { inspectMagicLink } from "@/server/identity/magic-link";

const slug = z.string().regex(SLUG_PATTERN);
const token = z.string().min(20).max(200);
const landing = (s: string | null) => (s ? `/t/${s}` : "/");

export async function continueWithSso(tenantSlug: string): Promise<void> {
  const s = slug.parse(tenantSlug);
  await signInWithSso(s, landing(s));
}

async function signInWithToken(t: string, tenantSlug: string | null): Promise<void> {
  try {
    await signIn("email-link", { token: t, redirectTo: landing(tenantSlug) });
  } catch (e) {
    // A link used or expired between showing the page and pressing the button.
    if (e instanceof AuthError) redirect("/login?error=link-invalid");
    throw e;
  }
}

export async function signInWithMagicLink(formData: FormData): Promise<void> {
  const parsed = token.safeParse(formData.get("token"));
  if (!parsed.success) redirect("/login?error=link-invalid");
  const link = await inspectMagicLink(parsed.data);
  await signInWithToken(parsed.data, link.tenantSlug ?? null);
}

export async function acceptInvitationAction(formData: FormData): Promise<void> {
  const parsed = z
    .object({ token, name: z.string().trim().max(80).nullable() })
    .safeParse({ token: formData.get("token"), name: formData.get("name") || null });
  if (!parsed.success) redirect("/login?error=link-invalid");
  const result = await acceptInvitation(parsed.data.token, parsed.data.name);
  if (!result.ok) redirect(`/invite/${encodeURIComponent(parsed.data.token)}`);
  if (result.signInToken) await signInWithToken(result.signInToken, result.tenantSlug);
  else await signInWithSso(result.tenantSlug, landing(result.tenantSlug));
}
