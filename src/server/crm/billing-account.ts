/**
 * Third-party payers (DESIGN §2): who pays for a service line, and the rule that keeps the
 * "billed to" links between accounts a forest. A cycle (A paid by B, B paid by A) would
 * leave nobody to invoice.
 */
import { fieldError } from "@/server/errors";

/** The line's own payer, else the account's default payer, else the account itself. */
export function resolveBillingAccount(c: { lineOverride: string | null; accountDefault: string | null; accountId: string }): string {
  return c.lineOverride ?? c.accountDefault ?? c.accountId;
}

/**
 * Checks that `accountId` may take `proposed` as its default billing account. `payerOf` maps
 * every account of the tenant to its current default payer; the entry for `accountId` itself
 * is ignored since it is the one being replaced.
 */
export function assertBillingAccountAllowed(
  accountId: string,
  proposed: string | null,
  payerOf: ReadonlyMap<string, string | null>,
): void {
  if (proposed === null) return;
  if (proposed === accountId) throw fieldError("billingAccountId", "billingAccountSelf");
  // `seen` stops the walk on a cycle that already exists further up and does not involve
  // this account (bad data from before the rule, or a concurrent edit).
  const seen = new Set<string>();
  for (let at: string | null | undefined = proposed; at != null && !seen.has(at); at = payerOf.get(at)) {
    if (at === accountId) throw fieldError("billingAccountId", "billingAccountCycle");
    seen.add(at);
  }
}
