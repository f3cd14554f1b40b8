/**
 * A tenant procedure is one unit of work: one transaction with one tenant setting, whose writes
 * all commit or all vanish — including when the procedure fails after writing — and whose
 * after-commit hand-offs run only once it has committed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/server/errors";
import { createCallerFactory, createContext, createTRPCRouter, tenantProcedure } from "@/server/trpc";
import { makeTenant, ownerDb } from "../support/fixtures";
import { unique } from "../../prisma/seed/factories";

const afterCommitRuns: string[] = [];

/** Procedures written for this test: they write an activity row, then succeed or fail. */
const router = createTRPCRouter({
  write: tenantProcedure.input(z.object({ action: z.string(), fail: z.boolean() })).mutation(async ({ ctx, input }) => {
    await ctx.db.activity.create({ data: { tenantId: ctx.db.tenantId, action: input.action, entityType: "Test", entityId: "1" } });
    ctx.db.afterCommit(async () => void afterCommitRuns.push(input.action));
    if (input.fail) throw new AppError("CONFLICT", "Refused after writing.");
    return { tenantId: ctx.db.tenantId, slug: ctx.db.tenantRef.slug };
  }),
  settings: tenantProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db.$queryRaw<{ tenant: string; tx: string }[]>`
      SELECT current_setting('app.tenant_id') AS tenant, txid_current()::text AS tx`;
    const again = await ctx.db.$queryRaw<{ tx: string }[]>`SELECT txid_current()::text AS tx`;
    return { tenant: rows[0]!.tenant, sameTransaction: rows[0]!.tx === again[0]!.tx };
  }),
});
const caller = createCallerFactory(router);

let t: Awaited<ReturnType<typeof makeTenant>>;
beforeAll(async () => {
  t = await makeTenant("uow");
});
const as = () => caller(createContext({ requestId: unique("req"), user: t.adminUser, tenantSlug: t.slug }));
const written = (action: string) => ownerDb().activity.count({ where: { tenantId: t.tenant.id, action } });

describe("a tenant procedure", () => {
  it("runs every query in one transaction, under its tenant's setting", async () => {
    expect(await as().settings()).toEqual({ tenant: t.tenant.id, sameTransaction: true });
  });

  it("commits its writes and then runs its after-commit work", async () => {
    const action = unique("uow.ok");
    expect(await as().write({ action, fail: false })).toEqual({ tenantId: t.tenant.id, slug: t.slug });
    expect(await written(action)).toBe(1);
    expect(afterCommitRuns).toContain(action);
  });

  it("that fails after writing leaves nothing behind, answers with its own error, and hands nothing off", async () => {
    const action = unique("uow.fail");
    await expect(as().write({ action, fail: true })).rejects.toMatchObject({ code: "CONFLICT", message: "Refused after writing." });
    expect(await written(action)).toBe(0);
    expect(afterCommitRuns).not.toContain(action);
  });
});
