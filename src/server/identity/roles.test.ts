/**
 * Tests for the rule that keeps a tenant from locking itself out: it always keeps an admin.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { Role } from "@/generated/prisma/enums";
import { AppError } from "@/server/errors";
import { ROLES, assertKeepsAnAdmin, hasRole, type MemberRoles } from "./roles";

function errorOf(fn: () => void): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error("expected an AppError, nothing was thrown");
}

const alice: MemberRoles = { id: "alice", roles: [Role.ADMIN] };
const bob: MemberRoles = { id: "bob", roles: [Role.TECHNICIAN, Role.SALES] };
const carol: MemberRoles = { id: "carol", roles: [Role.ADMIN, Role.MANAGER] };

describe("assertKeepsAnAdmin", () => {
  it("refuses to remove the only admin", () => {
    const e = errorOf(() => assertKeepsAnAdmin([alice, bob], "alice", null));
    expect(e.code).toBe("CONFLICT");
    expect(e.fieldErrors).toEqual({ roles: ["lastAdminRemove"] });
    expect(e.message).toMatch(/last admin/);
  });

  it("refuses to take the admin role from the only admin", () => {
    const e = errorOf(() => assertKeepsAnAdmin([alice, bob], "alice", [Role.MANAGER]));
    expect(e.code).toBe("CONFLICT");
    expect(e.fieldErrors).toEqual({ roles: ["lastAdminChange"] });
  });

  it("refuses to leave the only admin with no roles at all", () => {
    const e = errorOf(() => assertKeepsAnAdmin([alice], "alice", []));
    expect(e.fieldErrors).toEqual({ roles: ["lastAdminChange"] });
  });

  it("lets the only admin keep admin while gaining other roles", () => {
    expect(() => assertKeepsAnAdmin([alice, bob], "alice", [Role.ADMIN, Role.SUPPORT])).not.toThrow();
  });

  it("lets one of two admins be removed or demoted", () => {
    expect(() => assertKeepsAnAdmin([alice, bob, carol], "alice", null)).not.toThrow();
    expect(() => assertKeepsAnAdmin([alice, bob, carol], "carol", [Role.MANAGER])).not.toThrow();
  });

  it("lets a non-admin be removed or have roles changed", () => {
    expect(() => assertKeepsAnAdmin([alice, bob], "bob", null)).not.toThrow();
    expect(() => assertKeepsAnAdmin([alice, bob], "bob", [Role.VIEWER])).not.toThrow();
  });

  it("counts a non-admin promoted to admin, so the old admin can then step down", () => {
    // Promotion itself never throws; after it, demoting alice is fine.
    expect(() => assertKeepsAnAdmin([alice, bob], "bob", [Role.ADMIN])).not.toThrow();
    const afterPromotion = [alice, { ...bob, roles: [Role.ADMIN] }];
    expect(() => assertKeepsAnAdmin(afterPromotion, "alice", [Role.VIEWER])).not.toThrow();
  });

  it("property: changing or removing a non-admin never throws while an admin exists", () => {
    const nonAdminRoles = fc.uniqueArray(fc.constantFrom(...ROLES.filter((r) => r !== Role.ADMIN)), { maxLength: 6 });
    const anyRoles = fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: 7 });
    fc.assert(
      fc.property(
        fc.array(anyRoles, { maxLength: 6 }),
        nonAdminRoles,
        fc.option(anyRoles, { nil: null }),
        (others, targetRoles, after) => {
          const members: MemberRoles[] = [alice, ...others.map((roles, i) => ({ id: `m${i}`, roles })), { id: "target", roles: targetRoles }];
          expect(() => assertKeepsAnAdmin(members, "target", after)).not.toThrow();
        },
      ),
    );
  });

  it("property: it throws exactly when no member is an admin after the change", () => {
    const anyRoles = fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: 7 });
    fc.assert(
      fc.property(
        fc.array(anyRoles, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.option(anyRoles, { nil: null }),
        (rolesList, pick, after) => {
          const members: MemberRoles[] = rolesList.map((roles, i) => ({ id: `m${i}`, roles }));
          const target = `m${pick % members.length}`;
          const adminsAfter = members.filter((m) => (m.id === target ? (after ?? []) : m.roles).includes(Role.ADMIN)).length;
          let threw = false;
          try {
            assertKeepsAnAdmin(members, target, after);
          } catch (e) {
            threw = true;
            expect(e).toBeInstanceOf(AppError);
            expect((e as AppError).fieldErrors?.roles).toEqual([after === null ? "lastAdminRemove" : "lastAdminChange"]);
          }
          expect(threw).toBe(adminsAfter === 0);
        },
      ),
    );
  });
});

describe("hasRole", () => {
  it("is true when the member has any of the wanted roles", () => {
    expect(hasRole([Role.TECHNICIAN, Role.SALES], Role.ADMIN, Role.SALES)).toBe(true);
    expect(hasRole([Role.ADMIN], Role.ADMIN)).toBe(true);
  });

  it("is false when the member has none of them", () => {
    expect(hasRole([Role.TECHNICIAN], Role.ADMIN, Role.MANAGER)).toBe(false);
    expect(hasRole([], Role.VIEWER)).toBe(false);
  });

  it("is false when no role is wanted", () => {
    expect(hasRole([Role.ADMIN])).toBe(false);
  });
});

describe("ROLES", () => {
  it("lists the seven roles, admin included", () => {
    expect([...ROLES].sort()).toEqual(["ADMIN", "MANAGER", "SALES", "SALES_ADMIN", "SUPPORT", "TECHNICIAN", "VIEWER"]);
  });
});
