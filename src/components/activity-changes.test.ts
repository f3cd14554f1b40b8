import { describe, expect, it } from "vitest";
import { actionKey, changesOf } from "./activity-changes";

describe("changesOf", () => {
  it("lists only the fields that changed, in the order they were recorded", () => {
    const before = { name: "Kerjean", vatNumber: null, salesRepId: "a", roles: ["BILLING"] };
    const after = { name: "Boulangerie Kerjean", vatNumber: null, salesRepId: "b", roles: ["BILLING"] };
    expect(changesOf(before, after)).toEqual([
      { field: "name", before: "Kerjean", after: "Boulangerie Kerjean" },
      { field: "salesRepId", before: "a", after: "b" },
    ]);
  });

  it("compares arrays by value and treats missing as null", () => {
    expect(changesOf({ roles: ["TECHNICAL"], email: null }, { roles: ["TECHNICAL"], email: undefined })).toEqual([]);
    expect(changesOf({ roles: ["TECHNICAL"] }, { roles: ["TECHNICAL", "BILLING"] })).toHaveLength(1);
  });

  it("shows no diff for creations and hides bookkeeping fields", () => {
    expect(changesOf(null, { name: "New" })).toEqual([]);
    expect(changesOf({ stage: "NEGOTIATION" }, { stage: "WON", subscriptions: [{ id: 1 }] })).toEqual([{ field: "stage", before: "NEGOTIATION", after: "WON" }]);
    expect(changesOf({ lineId: "1", quantity: 2 }, { lineId: "1", quantity: 3 })).toEqual([{ field: "quantity", before: 2, after: 3 }]);
  });
});

describe("actionKey", () => {
  it("knows the domain's codes and says so when it does not", () => {
    expect(actionKey("contact.deactivated")).toBe("contactDeactivated");
    expect(actionKey("account.status-changed")).toBe("accountStatusChanged");
    expect(actionKey("something.new")).toBeNull();
    expect(actionKey("toString")).toBeNull();
  });
});
