/** Who a new project's roles go to: the customer file first, then whoever holds the role. */
import { describe, expect, it } from "vitest";
import type { TemplateDocument } from "@/server/templates/document";
import { actionTemplate } from "@/server/templates/testing/factories";
import { defaultPerson, responsibleRole, rolesNeeded, type Candidate } from "./people";

const members: Candidate[] = [
  { id: "ada", name: "Ada", roles: ["SALES_ADMIN"] },
  { id: "mark", name: "Mark", roles: ["MANAGER"] },
  { id: "sam", name: "Sam", roles: ["SALES"] },
  { id: "tom", name: "Tom", roles: ["TECHNICIAN"] },
  { id: "tim", name: "Tim", roles: ["TECHNICIAN"] },
];
const file = { salesRepId: null, salesAdminId: null, technicianId: "tim", dealOwnerId: "sam" };

describe("project people", () => {
  it("needs the roles of the actions that exist for the line, carriers' followed by the sales admin, the manager always", () => {
    const doc: TemplateDocument = {
      phases: [{ id: "p", name: "P", goLive: true, actions: [actionTemplate("a"), actionTemplate("c", { role: "CARRIER" }), actionTemplate("s", { role: "SUPPORT", condition: "numbersToPort > 0" }), actionTemplate("x", { role: "CUSTOMER" })] }],
    };
    expect(rolesNeeded(doc, { numbersToPort: 0 })).toEqual(["SALES_ADMIN", "TECHNICIAN", "MANAGER"]);
    expect(rolesNeeded(doc, { numbersToPort: 2 })).toEqual(["SALES_ADMIN", "TECHNICIAN", "MANAGER", "SUPPORT"]);
    expect(responsibleRole("CUSTOMER")).toBeNull();
  });

  it("takes the account's actor, then the deal owner, then the first holder of the role", () => {
    expect(defaultPerson("TECHNICIAN", file, members)).toBe("tim");
    expect(defaultPerson("SALES", file, members)).toBe("sam");
    expect(defaultPerson("SALES_ADMIN", file, members)).toBe("ada");
    expect(defaultPerson("SUPPORT", file, members)).toBeNull();
  });

  it("skips an account actor who no longer holds the role", () => {
    expect(defaultPerson("TECHNICIAN", { ...file, technicianId: "sam" }, members)).toBe("tom");
  });
});
