/**
 * Work email addresses and their domains: one normal form (trimmed, lower-case) for each, and
 * the rule for what can be a tenant's email domain. Runs in the browser too (the SSO form).
 */
import { z } from "zod";

export const workEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "emailInvalid" }));

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

/** Host-name labels: letters, digits and inner hyphens; a top-level label of letters (or an IDN's xn--). */
const HOST_NAME = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
/** What a person may type for a domain before it is converted: no scheme, path, port or spaces. */
const TYPED = /^[\p{L}\p{N}.-]+$/u;

/**
 * A domain as it appears after the @ of an address, in its ASCII form: "@Acme.com." and
 * "acme.com" are the same domain, "bücher.de" is stored as "xn--bcher-kva.de" (what a mail
 * address or a DNS query carries). IP addresses and single labels ("localhost") are refused.
 */
export function normalizeDomain(typed: string): string | null {
  const bare = typed.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, "");
  if (!TYPED.test(bare)) return null;
  let ascii: string;
  try {
    // The URL parser applies IDNA (UTS #46) in Node and browsers alike.
    ascii = new URL(`http://${bare}`).hostname;
  } catch {
    return null;
  }
  return HOST_NAME.test(ascii) ? ascii : null;
}

export const emailDomainName = z.string().transform((typed, ctx) => {
  const domain = normalizeDomain(typed);
  if (domain === null) ctx.addIssue({ code: "custom", message: "domainFormat" });
  return domain ?? typed;
});
