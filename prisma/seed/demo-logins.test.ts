/** The demo logins dx prints name roles in each tenant's language, never as enum codes. */
import { describe, expect, it } from "vitest";
import { Role } from "../../src/generated/prisma/enums";
import { DEMO_TENANTS } from "./demo";
import { demoLogins } from "./demo-logins";

const lineOf = (email: string) => demoLogins(DEMO_TENANTS).find((l) => l.includes(email)) ?? "";

describe("demo logins", () => {
  it("name each role in the tenant's language", () => {
    expect(lineOf("ada@acme-telecom.test")).toMatch(/Ada Collins\s+Sales admin$/);
    expect(lineOf("gwen@breizh-telecom.test")).toMatch(/Gwenaëlle Morvan\s+ADV$/);
    expect(lineOf("anne@breizh-telecom.test")).toMatch(/Anne Le Goff\s+Administrateur$/);
  });

  it("never show a role's code", () => {
    const codes = new RegExp(`\\b(${Object.values(Role).join("|")})\\b`);
    expect(demoLogins(DEMO_TENANTS).filter((l) => codes.test(l))).toEqual([]);
  });

  it("list every demo person under their tenant", () => {
    const lines = demoLogins(DEMO_TENANTS);
    expect(lines).toHaveLength(DEMO_TENANTS.reduce((n, t) => n + 1 + t.people.length, 0));
    expect(lines[0]).toBe("  Acme Telecom — /t/acme (en, SSO for @acme-telecom.test)");
  });
});
