/**
 * Tests for third-party payers: which account a line is billed to, and refusing a default
 * payer that is the account itself or would close a loop of payers.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { AppError } from "@/server/errors";
import { assertBillingAccountAllowed, resolveBillingAccount } from "./billing-account";

describe("resolveBillingAccount", () => {
  it.each([
    ["line override wins", { lineOverride: "holding", accountDefault: "head-office", accountId: "shop" }, "holding"],
    ["account default next", { lineOverride: null, accountDefault: "head-office", accountId: "shop" }, "head-office"],
    ["the account pays for itself", { lineOverride: null, accountDefault: null, accountId: "shop" }, "shop"],
    ["override without default", { lineOverride: "holding", accountDefault: null, accountId: "shop" }, "holding"],
  ])("%s", (_what, c, payer) => {
    expect(resolveBillingAccount(c)).toBe(payer);
  });
});

function problem(accountId: string, proposed: string | null, payers: Record<string, string | null>): string | null {
  try {
    assertBillingAccountAllowed(accountId, proposed, new Map(Object.entries(payers)));
    return null;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    expect(e.code).toBe("INVALID_INPUT");
    return e.fieldErrors?.billingAccountId?.[0] ?? "no field error";
  }
}

describe("assertBillingAccountAllowed", () => {
  it("allows clearing the payer", () => {
    expect(problem("a", null, { a: "b", b: "a" })).toBeNull();
  });

  it("refuses the account itself", () => {
    expect(problem("a", "a", { a: null })).toBe("billingAccountSelf");
  });

  it("allows a head office, and a chain that does not come back", () => {
    expect(problem("shop", "office", { shop: null, office: null })).toBeNull();
    expect(problem("shop", "office", { shop: null, office: "holding", holding: null })).toBeNull();
  });

  it("refuses a payer that is (indirectly) paid by this account", () => {
    expect(problem("office", "shop", { shop: "office", office: null })).toBe("billingAccountCycle");
    expect(problem("holding", "shop", { shop: "office", office: "holding", holding: null })).toBe("billingAccountCycle");
  });

  it("ignores the account's current payer, which is being replaced", () => {
    expect(problem("shop", "office", { shop: "office", office: null })).toBeNull();
    expect(problem("shop", "holding", { shop: "office", office: "holding", holding: null })).toBeNull();
  });

  it("stops on an existing loop elsewhere instead of walking it forever", () => {
    expect(problem("shop", "x", { shop: null, x: "y", y: "z", z: "x" })).toBeNull();
    expect(problem("shop", "x", { shop: null, x: "x" })).toBeNull();
  });

  it("treats an account missing from the map as the end of the chain", () => {
    expect(problem("shop", "office", { shop: null })).toBeNull();
  });

  it("after any accepted change, following payers from the account always ends", () => {
    const ids = ["a", "b", "c", "d", "e", "f"];
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.option(fc.constantFrom(...ids), { nil: null }),
        fc.array(fc.option(fc.constantFrom(...ids), { nil: null }), { minLength: ids.length, maxLength: ids.length }),
        (account, proposed, payerList) => {
          const payers = Object.fromEntries(ids.map((id, i) => [id, payerList[i] ?? null]));
          if (problem(account, proposed, payers) !== null) return;
          payers[account] = proposed;
          // The account must not lie on a loop of payers.
          const seen = new Set<string>();
          let at: string | null | undefined = payers[account];
          while (at != null && !seen.has(at)) {
            expect(at).not.toBe(account);
            seen.add(at);
            at = payers[at];
          }
        },
      ),
    );
  });
});
