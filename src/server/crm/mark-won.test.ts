/**
 * Tests for the Mark Won plan: which deals can be won, one subscription per line (active from
 * the won date or pending installation), who pays for it, and the account's new status.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import type { DealStage } from "@/generated/prisma/enums";
import { AppError } from "@/server/errors";
import { planMarkWon, type MarkWonInput } from "./mark-won";

const wonAt = new Date("2026-06-30T22:45:12.345Z");
const input = (over: Partial<MarkWonInput> = {}): MarkWonInput => ({
  deal: { id: "deal", stage: "NEGOTIATION", accountId: "acme" },
  account: { id: "acme", billingAccountId: null },
  lines: [
    { id: "pbx", billingAccountId: null, requiresInstallation: true },
    { id: "licence", billingAccountId: null, requiresInstallation: false },
  ],
  existingSubscriptions: [],
  wonAt,
  ...over,
});

function refusal(over: Partial<MarkWonInput>) {
  try {
    planMarkWon(input(over));
    return null;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { code: e.code, fieldErrors: e.fieldErrors };
  }
}

describe("planMarkWon", () => {
  it("activates lines without installation from the won date and leaves the others pending", () => {
    expect(planMarkWon(input())).toEqual({
      subscriptions: [
        { serviceLineId: "pbx", billingAccountId: "acme", status: "PENDING", startDate: null },
        { serviceLineId: "licence", billingAccountId: "acme", status: "ACTIVE", startDate: new Date("2026-06-30T00:00:00Z") },
      ],
      accountStatus: "ONBOARDING",
    });
  });

  it("makes the account ONBOARDING when everything waits for installation", () => {
    const plan = planMarkWon(input({ lines: [{ id: "ftto", billingAccountId: null, requiresInstallation: true }] }));
    expect(plan.accountStatus).toBe("ONBOARDING");
  });

  it("makes a churned account a customer again", () => {
    const existingSubscriptions = [{ dealId: "old", status: "CANCELLED" as const, startDate: new Date("2024-01-01T00:00:00Z") }];
    expect(planMarkWon(input({ existingSubscriptions, lines: [{ id: "ftto", billingAccountId: null, requiresInstallation: true }] })).accountStatus).toBe("ONBOARDING");
    // The default deal has a line being installed: its live licence is part of the onboarding.
    expect(planMarkWon(input({ existingSubscriptions })).accountStatus).toBe("ONBOARDING");
    expect(planMarkWon(input({ existingSubscriptions, lines: [{ id: "sip", billingAccountId: null, requiresInstallation: false }] })).accountStatus).toBe("ACTIVE");
  });

  it("keeps an active account active", () => {
    const existingSubscriptions = [{ dealId: "old", status: "ACTIVE" as const, startDate: new Date("2025-01-01T00:00:00Z") }];
    expect(planMarkWon(input({ existingSubscriptions, lines: [{ id: "sip", billingAccountId: null, requiresInstallation: true }] })).accountStatus).toBe("ACTIVE");
  });

  it("bills the line's payer, else the account's default payer, else the account", () => {
    const plan = planMarkWon(
      input({
        account: { id: "acme", billingAccountId: "head-office" },
        lines: [
          { id: "a", billingAccountId: "holding", requiresInstallation: false },
          { id: "b", billingAccountId: null, requiresInstallation: false },
        ],
      }),
    );
    expect(plan.subscriptions.map((s) => s.billingAccountId)).toEqual(["holding", "head-office"]);
    expect(planMarkWon(input()).subscriptions.map((s) => s.billingAccountId)).toEqual(["acme", "acme"]);
  });

  it.each([
    ["WON", { code: "CONFLICT", fieldErrors: { _: ["dealWonReadOnly"] } }],
    ["LOST", { code: "CONFLICT", fieldErrors: { _: ["dealLostCannotWin"] } }],
  ] as const)("refuses a %s deal", (stage, error) => {
    expect(refusal({ deal: { id: "deal", stage, accountId: "acme" } })).toEqual(error);
  });

  it("refuses a deal without lines", () => {
    expect(refusal({ lines: [] })).toEqual({ code: "INVALID_INPUT", fieldErrors: { lines: ["dealNoLines"] } });
  });

  it("refuses an account that is not the deal's (a caller bug)", () => {
    expect(() => planMarkWon(input({ account: { id: "other", billingAccountId: null } }))).toThrow(/does not belong/);
  });

  it("for any open deal: one subscription per line, start date at UTC midnight of the won day", () => {
    const open = fc.constantFrom<DealStage>("NEW", "QUALIFIED", "PROPOSAL_SENT", "NEGOTIATION");
    const lines = fc.uniqueArray(fc.record({ id: fc.uuid(), billingAccountId: fc.option(fc.uuid(), { nil: null }), requiresInstallation: fc.boolean() }), {
      minLength: 1,
      maxLength: 10,
      selector: (l) => l.id,
    });
    fc.assert(
      fc.property(open, lines, fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }), (stage, ls, at) => {
        const plan = planMarkWon(input({ deal: { id: "d", stage, accountId: "acme" }, lines: ls, wonAt: at }));
        expect(plan.subscriptions.map((s) => s.serviceLineId)).toEqual(ls.map((l) => l.id));
        for (const s of plan.subscriptions) {
          if (s.status === "PENDING") expect(s.startDate).toBeNull();
          else expect(s.startDate?.toISOString()).toBe(`${at.toISOString().slice(0, 10)}T00:00:00.000Z`);
        }
        // A new customer is live only once nothing of the deal waits for installation.
        expect(plan.accountStatus).toBe(ls.some((l) => l.requiresInstallation) ? "ONBOARDING" : "ACTIVE");
      }),
    );
  });
});
