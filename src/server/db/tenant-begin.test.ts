/** The tenant id is written into SQL text when a transaction begins: only a uuid may get there. */
import { describe, expect, it } from "vitest";
import { assertTenantId } from "./tenant-begin";

describe("assertTenantId", () => {
  it("lets a uuid through", () => {
    expect(assertTenantId("01a23557-c51a-7298-aefc-3c2a7e3803be")).toBe("01a23557-c51a-7298-aefc-3c2a7e3803be");
  });

  it.each(["", "x", "01a23557-c51a-7298-aefc-3c2a7e3803be'; DROP TABLE \"Account\"; --", "01a23557c51a7298aefc3c2a7e3803be"])("refuses %j", (id) => {
    expect(() => assertTenantId(id)).toThrow(/Not a tenant id/);
  });
});
