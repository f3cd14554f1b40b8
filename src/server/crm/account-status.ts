/**
 * An account's status is derived from its deals and subscriptions, never typed (DESIGN §2),
 * so it cannot disagree with what is actually sold and billed. Callers recompute it after
 * anything that changes those facts (Mark Won, go-live, cancellation).
 *
 * A deal goes live as a whole: while any of its lines still waits for installation (PENDING),
 * its subscriptions that started at once (a SIP trunk next to a PBX being installed) are part
 * of an onboarding, not yet a live customer. So an account is ACTIVE when some deal has
 * nothing pending and at least one ACTIVE subscription.
 */
import type { AccountStatus, SubscriptionStatus } from "@/generated/prisma/enums";

export type StatusSubscription = { dealId: string; status: SubscriptionStatus; startDate: Date | null };
export type AccountFacts = { hasWonDeal: boolean; subscriptions: readonly StatusSubscription[] };

export function deriveAccountStatus(facts: AccountFacts): AccountStatus {
  const subs = facts.subscriptions;
  const onboardingDeals = new Set(subs.filter((s) => s.status === "PENDING").map((s) => s.dealId));
  if (subs.some((s) => s.status === "ACTIVE" && !onboardingDeals.has(s.dealId))) return "ACTIVE";
  // A former customer who wins a new deal is onboarding again while that deal is installed:
  // Mark Won promises "at least ONBOARDING", and CHURNED would hide the new business.
  if (onboardingDeals.size > 0) return "ONBOARDING";
  // Only a subscription that went live makes a customer; one cancelled before go-live does not.
  if (subs.some((s) => s.startDate !== null)) return "CHURNED";
  return facts.hasWonDeal ? "ONBOARDING" : "PROSPECT";
}
