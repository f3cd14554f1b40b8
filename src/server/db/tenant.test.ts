/**
 * Tests for `inject`, the pure part of tenant scoping: every query on a tenant-owned model is
 * filtered by the tenant, and every row it creates belongs to it.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { inject } from "./tenant";

const T = "11111111-1111-4111-8111-111111111111";
const OTHER = "22222222-2222-4222-8222-222222222222";

const FILTERED_OPS = [
  "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count",
  "aggregate", "groupBy", "update", "updateMany", "updateManyAndReturn", "delete", "deleteMany", "upsert",
] as const;
const CHILD_MODELS = ["Membership", "SsoConnection", "EmailDomain", "Invitation", "OutboxMessage", "Activity"] as const;

/** A deep copy to compare an argument object before and after `inject`. */
const snapshot = <V>(v: V): V => structuredClone(v);

describe("inject: filters", () => {
  it.each(CHILD_MODELS.flatMap((model) => FILTERED_OPS.map((op) => [model, op] as const)))("%s.%s gets tenantId in where", (model, op) => {
    const out = inject(model, op, { where: { id: "x" } }, T);
    expect(out.where).toEqual({ id: "x", tenantId: T });
  });

  it.each(FILTERED_OPS)("Tenant.%s is filtered by id", (op) => {
    expect(inject("Tenant", op, {}, T).where).toEqual({ id: T });
  });

  it("adds a where to a findMany that had none", () => {
    expect(inject("Membership", "findMany", {}, T)).toEqual({ where: { tenantId: T } });
  });

  it("keeps the other where keys and arguments", () => {
    const args = { where: { userId: "u1", roles: { has: "ADMIN" }, OR: [{ a: 1 }, { b: 2 }] }, select: { id: true }, take: 5 };
    expect(inject("Membership", "findMany", args, T)).toEqual({
      where: { userId: "u1", roles: { has: "ADMIN" }, OR: [{ a: 1 }, { b: 2 }], tenantId: T },
      select: { id: true },
      take: 5,
    });
  });

  it("overrides a tenantId the caller put in where, so another tenant's rows stay out of reach", () => {
    expect(inject("Invitation", "findFirst", { where: { tenantId: OTHER, email: "a@b.c" } }, T).where).toEqual({ tenantId: T, email: "a@b.c" });
    expect(inject("Tenant", "update", { where: { id: OTHER }, data: { name: "x" } }, T).where).toEqual({ id: T });
  });
});

describe("inject: creates", () => {
  it("stamps tenantId into create data", () => {
    expect(inject("Invitation", "create", { data: { email: "a@b.c" } }, T)).toEqual({ data: { email: "a@b.c", tenantId: T } });
  });

  it("stamps every row of a createMany array", () => {
    const out = inject("EmailDomain", "createMany", { data: [{ domain: "a.com" }, { domain: "b.com" }], skipDuplicates: true }, T);
    expect(out).toEqual({ data: [{ domain: "a.com", tenantId: T }, { domain: "b.com", tenantId: T }], skipDuplicates: true });
  });

  it("stamps createManyAndReturn and a single-object createMany", () => {
    expect(inject("Activity", "createManyAndReturn", { data: [{ kind: "x" }] }, T).data).toEqual([{ kind: "x", tenantId: T }]);
    expect(inject("Activity", "createMany", { data: { kind: "x" } }, T).data).toEqual({ kind: "x", tenantId: T });
  });

  it("overrides a tenantId the caller put in the data", () => {
    expect(inject("OutboxMessage", "create", { data: { tenantId: OTHER, template: "x" } }, T).data).toEqual({ tenantId: T, template: "x" });
  });

  it("stamps upsert's create and filters its where, but leaves its update alone", () => {
    const args = { where: { id: "m1" }, create: { userId: "u1" }, update: { roles: ["ADMIN"] } };
    expect(inject("Membership", "upsert", args, T)).toEqual({
      where: { id: "m1", tenantId: T },
      create: { userId: "u1", tenantId: T },
      update: { roles: ["ADMIN"] },
    });
  });

  it("does not stamp data that connects the tenant relation itself", () => {
    const data = { email: "a@b.c", tenant: { connect: { id: T } } };
    expect(inject("Invitation", "create", { data }, T).data).toEqual(data);
    expect(inject("Membership", "upsert", { where: { id: "m" }, create: data, update: {} }, T).create).toEqual(data);
  });

  it("does not stamp tenantId into a Tenant create, nor filter it", () => {
    const args = { data: { slug: "acme", name: "Acme" } };
    expect(inject("Tenant", "create", args, T)).toEqual(args);
  });

  it("does not stamp data on update", () => {
    expect(inject("Invitation", "update", { where: { id: "i" }, data: { revokedAt: null } }, T).data).toEqual({ revokedAt: null });
  });
});

describe("inject: models outside tenancy", () => {
  it.each(["User", "MagicLink", "Nonexistent"])("leaves %s untouched", (model) => {
    const args = { where: { email: "a@b.c" }, data: { name: "x" } };
    expect(inject(model, "findMany", args, T)).toBe(args);
    expect(inject(model, "create", args, T)).toBe(args);
    expect(inject(model, "upsert", { ...args, create: {}, update: {} }, T)).toEqual({ ...args, create: {}, update: {} });
  });

  it("leaves a raw query (no model) untouched", () => {
    const args = { query: "SELECT 1" };
    expect(inject(undefined, "$queryRaw", args, T)).toBe(args);
  });
});

describe("inject: purity", () => {
  it("does not mutate the arguments it is given", () => {
    const cases = [
      ["Membership", "findMany", { where: { userId: "u" } }],
      ["Invitation", "create", { data: { email: "a@b.c" } }],
      ["EmailDomain", "createMany", { data: [{ domain: "a.com" }] }],
      ["Membership", "upsert", { where: { id: "m" }, create: { userId: "u" }, update: { roles: [] } }],
      ["Tenant", "update", { where: { id: OTHER }, data: { name: "n" } }],
    ] as const;
    for (const [model, op, args] of cases) {
      const input = snapshot(args);
      const before = snapshot(input);
      const out = inject(model, op, input, T);
      expect(input).toEqual(before);
      expect(out).not.toBe(input);
    }
  });

  it("property: any where on a tenant model ends up scoped to the tenant, other keys kept", () => {
    const key = fc.string({ minLength: 1, maxLength: 8 }).filter((k) => k !== "tenantId" && k !== "__proto__");
    fc.assert(
      fc.property(
        fc.constantFrom(...CHILD_MODELS),
        fc.constantFrom(...FILTERED_OPS),
        fc.dictionary(key, fc.jsonValue()),
        fc.uuid(),
        (model, op, where, tenantId) => {
          const before = snapshot(where);
          const out = inject(model, op, { where }, tenantId);
          expect(out.where).toEqual({ ...before, tenantId });
          expect(where).toEqual(before);
        },
      ),
    );
  });
});
