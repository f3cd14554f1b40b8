/**
 * The pure half of Mark Won ("go to production", DESIGN §2): which subscriptions the won deal
 * creates and what the account's status becomes. The transaction around it only writes the plan.
 */
import type { AccountStatus, DealStage } from "@/generated/prisma/enums";
import { AppError, fieldError } from "@/server/errors";
import { deriveAccountStatus, type StatusSubscription } from "./account-status";
import { resolveBillingAccount } from "./billing-account";

export type PlannedSubscription = {
  serviceLineId: string;
  billingAccountId: string;
  status: "ACTIVE" | "PENDING";
  startDate: Date | null;
};

export type MarkWonInput = {
  deal: { id: string; stage: DealStage; accountId: string };
  account: { id: string; billingAccountId: string | null };
  lines: readonly { id: string; billingAccountId: string | null; requiresInstallation: boolean }[];
  existingSubscriptions: readonly StatusSubscription[];
  wonAt: Date;
};

export type MarkWonPlan = { subscriptions: PlannedSubscription[]; accountStatus: AccountStatus };

/** The calendar date of an instant in UTC: what a DATE column stores. */
function utcDate(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/**
 * Lines that need installing stay PENDING until their project's go-live sets the start date;
 * the others are live, and billed, from the day the deal is won.
 */
export function planMarkWon(input: MarkWonInput): MarkWonPlan {
  const { deal, account } = input;
  if (deal.accountId !== account.id) throw new Error(`Deal ${deal.id} does not belong to account ${account.id}`);
  if (deal.stage === "WON") {
    throw new AppError("CONFLICT", "This deal is already won.", { _: ["dealWonReadOnly"] });
  }
  if (deal.stage === "LOST") {
    throw new AppError("CONFLICT", "A lost deal cannot be won: reopen it first.", { _: ["dealLostCannotWin"] });
  }
  if (input.lines.length === 0) throw fieldError("lines", "dealNoLines");

  const startDate = utcDate(input.wonAt);
  const subscriptions = input.lines.map(
    (line): PlannedSubscription => ({
      serviceLineId: line.id,
      billingAccountId: resolveBillingAccount({
        lineOverride: line.billingAccountId,
        accountDefault: account.billingAccountId,
        accountId: account.id,
      }),
      status: line.requiresInstallation ? "PENDING" : "ACTIVE",
      startDate: line.requiresInstallation ? null : startDate,
    }),
  );
  const accountStatus = deriveAccountStatus({
    hasWonDeal: true,
    subscriptions: [...input.existingSubscriptions, ...subscriptions.map((s) => ({ ...s, dealId: deal.id }))],
  });
  return { subscriptions, accountStatus };
}
