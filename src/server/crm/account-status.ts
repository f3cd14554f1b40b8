/**
 * An account's status is derived from its deals and subscriptions, never typed (DESIGN §2),
 * so it cannot disagree with what is actually sold and billed. Callers recompute it after
 * anything that changes those facts (Mark Won, go-live, cancellation).
 */
import type { AccountStatus, SubscriptionStatus } from "@/generated/prisma/enums";

export type AccountFacts = {
  hasWonDeal: boolean;
  subscriptions: readonly { status: SubscriptionStatus; startDate: Date | null }[];
};

export function deriveAccountStatus(facts: AccountFacts): AccountStatus {
  const subs = facts.subscriptions;
  if (subs.some((s) => s.status === "ACTIVE")) return "ACTIVE";
  // A former customer who wins a new deal is onboarding again while that deal is installed:
  // Mark Won promises "at least ONBOARDING", and CHURNED would hide the new business.
  if (subs.some((s) => s.status === "PENDING")) return "ONBOARDING";
  // Only a subscription that went live makes a customer; one cancelled before go-live does not.
  if (subs.some((s) => s.startDate !== null)) return "CHURNED";
  return facts.hasWonDeal ? "ONBOARDING" : "PROSPECT";
}
