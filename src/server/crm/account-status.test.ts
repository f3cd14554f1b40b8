/**
 * Tests for the derived account status: Prospect → Onboarding → Active → Churned, from the
 * account's won deals and its subscriptions' states, deal by deal.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import type { SubscriptionStatus } from "@/generated/prisma/enums";
import { deriveAccountStatus } from "./account-status";

const day = new Date("2026-03-01T00:00:00Z");
const sub = (status: SubscriptionStatus, dealId = "d1", startDate: Date | null = status === "PENDING" ? null : day) => ({ status, dealId, startDate });

describe("deriveAccountStatus", () => {
  it.each([
    ["no deal, nothing billed", false, [], "PROSPECT"],
    ["a won deal awaiting installation", true, [sub("PENDING")], "ONBOARDING"],
    ["a won deal, subscriptions not created yet", true, [], "ONBOARDING"],
    ["one live subscription", true, [sub("ACTIVE")], "ACTIVE"],
    ["a deal still installing, with a line live from the won date", true, [sub("PENDING"), sub("ACTIVE")], "ONBOARDING"],
    ["an older live deal and a new one installing", true, [sub("ACTIVE", "old"), sub("PENDING", "new")], "ACTIVE"],
    ["live and cancelled subscriptions", true, [sub("CANCELLED"), sub("ACTIVE")], "ACTIVE"],
    ["everything that went live is cancelled", true, [sub("CANCELLED"), sub("CANCELLED")], "CHURNED"],
    ["cancelled before go-live only", true, [sub("CANCELLED", "d1", null)], "ONBOARDING"],
    ["cancelled before go-live, and no won deal left", false, [sub("CANCELLED", "d1", null)], "PROSPECT"],
    ["a former customer who won a new deal being installed", true, [sub("CANCELLED", "old"), sub("PENDING", "new")], "ONBOARDING"],
    ["churned, even if the won flag is not passed", false, [sub("CANCELLED")], "CHURNED"],
  ] as const)("%s → %s", (_what, hasWonDeal, subscriptions, status) => {
    expect(deriveAccountStatus({ hasWonDeal, subscriptions })).toBe(status);
  });

  it("is ACTIVE exactly when some deal has a live subscription and nothing pending", () => {
    const arbSub = fc.record({
      dealId: fc.constantFrom("a", "b", "c"),
      status: fc.constantFrom<SubscriptionStatus>("PENDING", "ACTIVE", "CANCELLED"),
      startDate: fc.option(fc.date({ noInvalidDate: true }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.boolean(), fc.array(arbSub, { maxLength: 8 }), (hasWonDeal, subscriptions) => {
        const status = deriveAccountStatus({ hasWonDeal, subscriptions });
        const liveDeal = ["a", "b", "c"].some(
          (d) => subscriptions.some((s) => s.dealId === d && s.status === "ACTIVE") && !subscriptions.some((s) => s.dealId === d && s.status === "PENDING"),
        );
        expect(status === "ACTIVE").toBe(liveDeal);
        expect(status === "PROSPECT").toBe(!hasWonDeal && subscriptions.every((s) => s.status === "CANCELLED" && s.startDate === null));
        expect(deriveAccountStatus({ hasWonDeal, subscriptions: [...subscriptions].reverse() })).toBe(status);
      }),
    );
  });
});
