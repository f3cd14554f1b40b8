/**
 * THE place that knows about tenancy. Procedures reach tenant data only through
 * `forTenant(tenantId)`: every operation on a tenant-owned model gets `tenantId` added to its
 * filter (and to the data it creates), and runs in a transaction that first sets
 * `app.tenant_id`, the setting PostgreSQL's row-level security policies read — the second
 * wall, should a filter ever be missed. `tenantTransaction` does the same for a unit of work
 * that must commit or roll back as one (interactive transactions on the extended client are
 * NOT safe: each operation would run in its own batch, see ../shared/STACK.md).
 */
import type { Prisma } from "@/generated/prisma/client";
import { appDb, type Db } from "./clients";

/** Models whose rows belong to one tenant, and the column that names it. */
export const TENANT_MODELS = {
  Tenant: "id",
  Membership: "tenantId",
  SsoConnection: "tenantId",
  EmailDomain: "tenantId",
  Invitation: "tenantId",
  OutboxMessage: "tenantId",
  Activity: "tenantId",
  Account: "tenantId",
  Contact: "tenantId",
  ServiceType: "tenantId",
  PipelineStage: "tenantId",
  Deal: "tenantId",
  ServiceLine: "tenantId",
  Subscription: "tenantId",
  Template: "tenantId",
  TemplateVersion: "tenantId",
  DayOff: "tenantId",
} as const satisfies Partial<Record<Prisma.ModelName, string>>;

type Args = Record<string, unknown> & { where?: object; data?: unknown; create?: object };

const FILTERED = new Set([
  "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count",
  "aggregate", "groupBy", "update", "updateMany", "updateManyAndReturn", "delete", "deleteMany",
  "upsert",
]);
const CREATING = new Set(["create", "createMany", "createManyAndReturn", "upsert"]);

/** Adds the tenant to a create's data unless a to-one relation already carries it. */
function stamp(data: unknown, column: string, tenantId: string): unknown {
  if (Array.isArray(data)) return data.map((d) => stamp(d, column, tenantId));
  if (data && typeof data === "object" && !("tenant" in data)) return { ...data, [column]: tenantId };
  return data;
}

export function inject(model: string | undefined, operation: string, args: Args, tenantId: string): Args {
  const column = model ? (TENANT_MODELS as Record<string, string>)[model] : undefined;
  if (!column) return args;
  const out: Args = { ...args };
  if (FILTERED.has(operation)) out.where = { ...(args.where ?? {}), [column]: tenantId };
  if (CREATING.has(operation) && model !== "Tenant") {
    if (operation === "upsert") out.create = stamp(args.create, column, tenantId) as object;
    else out.data = stamp(args.data, column, tenantId);
  }
  return out;
}

function setting(db: Db, tenantId: string) {
  return db.$executeRaw`SELECT set_config('app.tenant_id', ${tenantId}, TRUE)`;
}

/** A client for one tenant; each operation runs in its own short transaction. */
export function forTenant(tenantId: string, base: Db = appDb()) {
  return base.$extends({
    name: "tenant",
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const [, result] = await base.$transaction([
            setting(base, tenantId),
            query(inject(model, operation, args as Args, tenantId)),
          ]);
          return result;
        },
      },
    },
  });
}

export type TenantDb = ReturnType<typeof forTenant>;
/** What a `tenantTransaction` callback receives: the scoped models, no nested transactions. */
export type TenantTx = Prisma.TransactionClient;

/** One all-or-nothing unit of work for one tenant. */
export function tenantTransaction<T>(
  tenantId: string,
  fn: (tx: TenantTx) => Promise<T>,
  options?: { timeout?: number },
  base: Db = appDb(),
): Promise<T> {
  const scoped = base.$extends({
    name: "tenant-tx",
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          return query(inject(model, operation, args as Args, tenantId));
        },
      },
    },
  });
  return scoped.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.tenant_id', ${tenantId}, TRUE)`;
    // The extension changes behaviour, not types: the scoped tx is a TransactionClient.
    return fn(tx as unknown as TenantTx);
  }, options);
}
