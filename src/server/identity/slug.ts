/**
 * Tenant slugs: the `/t/<slug>` part of every URL and the SSO provider id. Lower-case
 * letters, digits and single hyphens, 3–40 characters, and not a word the app's own routes
 * or well-known paths use.
 */
const RESERVED = new Set([
  "admin", "api", "app", "auth", "login", "logout", "signup", "signin", "settings", "status",
  "static", "support", "help", "www", "mail", "new", "switchboard", "invite", "health", "t",
]);

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,39}$/;

/** A suggestion from a company name: "Breizh Télécom" → "breizh-telecom". */
export function slugFromName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

export type SlugProblem = "format" | "reserved";

export function slugProblem(slug: string): SlugProblem | null {
  if (!SLUG_PATTERN.test(slug)) return "format";
  if (RESERVED.has(slug)) return "reserved";
  return null;
}
