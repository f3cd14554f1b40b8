/**
 * tRPC setup: the request context, the one error formatter, and the procedure ladder
 * publicProcedure → authedProcedure → tenantProcedure → roleProcedure(...), each step
 * narrowing the context (CONVENTIONS 1). The tenant comes from the URL's slug checked against
 * the session's memberships, never from an id the client sends.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Role } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import { tenantMember } from "@/server/auth/tenant-member";
import { withTenant, type TenantDb } from "@/server/db/tenant";
import { AppError, APP_ERROR_CODES, zodFieldErrors } from "@/server/errors";
import { hasRole } from "@/server/identity/roles";
import { logger, type Logger } from "@/server/logger";


export type Context = {
  requestId: string;
  log: Logger;
  user: SessionUser | null;
  /** The `/t/<slug>` the request was made from (header `x-tenant-slug`), unchecked. */
  tenantSlug: string | null;
};

export function createContext(c: Omit<Context, "log"> & { log?: Logger }): Context {
  return { ...c, log: c.log ?? logger.child({ requestId: c.requestId, userId: c.user?.id }) };
}

/** Which rung of the ladder a procedure stands on; the isolation suite reads it. */
export type Meta = {
  scope: "public" | "authed" | "tenant";
  /** How long a tenant procedure's transaction may stay open, where the default is too short. */
  transactionTimeoutMs?: number;
};

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    // Subscriptions over SSE (routers/live). The ping keeps proxies, which cut a response
    // that is silent for ~60 s, from closing the stream, and lets the browser notice a dead
    // one and reconnect. The stream ends every few minutes and the browser reconnects, which
    // checks the session and membership again: a removed member stops hearing changes.
    sse: {
      ping: { enabled: true, intervalMs: 15_000 },
      client: { reconnectAfterInactivityMs: 40_000 },
      maxDurationMs: 5 * 60_000,
    },
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const fieldErrors =
        cause instanceof ZodError ? zodFieldErrors(cause) : cause instanceof AppError ? cause.fieldErrors : undefined;
      return { ...shape, data: { ...shape.data, stack: undefined, fieldErrors: fieldErrors ?? null } };
    },
  });

/** Maps domain errors once; unknown errors become a logged 500 with no internals exposed. */
const errorMapping = t.middleware(async ({ ctx, next, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      throw new TRPCError({ code: APP_ERROR_CODES[cause.code].trpc, message: cause.message, cause });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR") {
      ctx.log.error({ err: cause ?? result.error, path }, "procedure failed");
      throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side. Please try again." });
    }
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.meta({ scope: "public" }).use(errorMapping);

export const authedProcedure = t.procedure
  .meta({ scope: "authed" })
  .use(errorMapping)
  .use(({ ctx, next }) => {
    if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
    return next({ ctx: { ...ctx, user: ctx.user } });
  });

/** The tenant check both tenant rungs share (auth/tenant-member.ts), with the request's logger. */
async function member(ctx: Context) {
  const found = await tenantMember(ctx.user, ctx.tenantSlug);
  return { ...found, log: ctx.log.child({ tenantId: found.tenant.id }) };
}

/**
 * The tenant and membership without a database transaction: for subscriptions, which stay
 * open for minutes and must not hold a connection (and its transaction) that long. Reads go
 * through the queries the subscription tells the browser to refetch. Same scope as
 * tenantProcedure, so the isolation suite checks it the same way.
 */
export const tenantMemberProcedure = t.procedure
  .meta({ scope: "tenant" })
  .use(errorMapping)
  .use(async ({ ctx, next }) => next({ ctx: { ...ctx, ...(await member(ctx)) } }));

export const tenantProcedure = t.procedure
  .meta({ scope: "tenant" })
  .use(errorMapping)
  .use(async ({ ctx, meta, next }) => {
    const found = await member(ctx);
    // The whole procedure is one unit of work. tRPC reports a failed procedure as a result, not
    // a throw, so a failure is thrown through the transaction to roll it back, then returned.
    const run = (db: TenantDb) => next({ ctx: { ...ctx, ...found, db } });
    let failed: Awaited<ReturnType<typeof run>> | undefined;
    try {
      return await withTenant(found.tenant, async (db) => {
        const result = await run(db);
        if (!result.ok) {
          failed = result;
          throw result.error;
        }
        return result;
      }, { timeout: meta?.transactionTimeoutMs });
    } catch (e) {
      if (failed) return failed;
      throw e;
    }
  });

export function roleProcedure(...roles: Role[]) {
  return tenantProcedure.use(({ ctx, next }) => {
    if (!hasRole(ctx.membership.roles, ...roles)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `Only members with the role ${roles.join(" or ")} can do this.` });
    }
    return next();
  });
}
