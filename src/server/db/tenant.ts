/**
 * THE place that knows about tenancy. Tenant data is reached only inside `withTenant`: one
 * unit of work (a tRPC request, a job, a seed step) runs in ONE transaction that first sets
 * `app.tenant_id` — the setting PostgreSQL's row-level security policies read, the second wall
 * — and every operation on a tenant-owned model gets `tenantId` added to its filter and to the
 * data it creates. The client handed to the work carries its tenant (`db.tenantId`,
 * `db.tenantRef`), so domain functions never take a tenant id beside it.
 *
 * Why one transaction per unit of work rather than per query: each transaction costs a BEGIN,
 * a set_config and a COMMIT; a page that runs four queries paid that four times (account list
 * ×6.9 the bare SQL). Why an interactive transaction on the extended client rather than the
 * extended client itself: interactive transactions opened FROM an extended client are unsafe
 * (each operation would run in its own batch, see ../shared/STACK.md); extending the base
 * client and opening the transaction on it keeps every operation on the one connection.
 */
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { appDb, type Db } from "./clients";
import { TENANT_REF_SELECT, toTenantRef, type TenantRef } from "./tenant-context";

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
  Project: "tenantId",
  ProjectPhase: "tenantId",
  Action: "tenantId",
  ProjectMember: "tenantId",
  ProjectDocument: "tenantId",
  ProjectEvent: "tenantId",
  Notification: "tenantId",
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

/** What a unit of work receives: the tenant's models, its tenant, and an after-commit hook. */
export type TenantDb = Prisma.TransactionClient & {
  readonly tenantId: string;
  /** The tenant's name, language, country and time zone, for rules that depend on them. */
  readonly tenantRef: TenantRef;
  /** Runs `fn` once the unit of work has committed (never if it rolls back): hand-offs to queues. */
  afterCommit(fn: () => Promise<void>): void;
};

export type WithTenantOptions = {
  /** How long the transaction may stay open (Prisma's default of 5 s is short for an import). */
  timeout?: number;
  base?: Db;
};

/**
 * Runs `fn` as one all-or-nothing unit of work for one tenant. Pass the tenant's row when the
 * caller has it (a request resolved it already); with an id alone it is read first, in the
 * same transaction.
 */
export async function withTenant<T>(tenant: TenantRef | string, fn: (db: TenantDb) => Promise<T>, options: WithTenantOptions = {}): Promise<T> {
  const tenantId = typeof tenant === "string" ? tenant : tenant.id;
  const base = options.base ?? appDb();
  const scoped = base.$extends({
    name: "tenant",
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          return query(inject(model, operation, args as Args, tenantId));
        },
      },
    },
  });
  const committed: Array<() => Promise<void>> = [];
  const result = await scoped.$transaction(
    async (tx) => {
      // The extension changes behaviour, not types: the scoped tx is a TransactionClient.
      const client = tx as unknown as Prisma.TransactionClient;
      // Without parameters, the statement travels with the transaction's BEGIN (begin-with-next.ts).
      await client.$executeRawUnsafe(`SELECT set_config('app.tenant_id', '${asUuid(tenantId)}', TRUE)`);
      const tenantRef = typeof tenant === "string" ? await readTenantRef(client, tenantId) : tenant;
      const db: TenantDb = Object.assign(Object.create(client) as Prisma.TransactionClient, {
        tenantId,
        tenantRef,
        afterCommit: (f: () => Promise<void>) => void committed.push(f),
      });
      return fn(db);
    },
    { timeout: options.timeout ?? 15_000, maxWait: 5_000 },
  );
  for (const f of committed) await f();
  return result;
}

/** The tenant's id is written into SQL text: a uuid or nothing. */
function asUuid(id: string): string {
  if (!z.uuid().safeParse(id).success) throw new Error(`Not a tenant id: ${JSON.stringify(id)}`);
  return id;
}

async function readTenantRef(tx: Prisma.TransactionClient, id: string): Promise<TenantRef> {
  const row = await tx.tenant.findUnique({ where: { id }, select: TENANT_REF_SELECT });
  if (!row) throw new Error(`Tenant ${id} does not exist.`);
  return toTenantRef(row);
}
