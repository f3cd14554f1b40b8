/** Work email addresses: one normal form (trimmed, lower-case) and its domain. */
import { z } from "zod";

export const workEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "emailInvalid" }));

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}
