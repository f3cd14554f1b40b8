/**
 * One round trip fewer for every unit of work. Prisma opens an interactive transaction with a
 * lone `BEGIN`, and withTenant's first statement is the tenant setting: two round trips
 * before any real work — little on a local socket (the bench cannot tell them apart from
 * Prisma's own cost per statement), a whole network latency per request where the database
 * runs on another host. So the pool's connections hold a `BEGIN` back and send it together
 * with the statement that follows it, as one simple-protocol query, when that statement has
 * no parameters (withTenant writes the tenant's uuid into its set_config for this); before a
 * statement with parameters, `BEGIN` goes alone, first, as it would have.
 *
 * Nothing here depends on which request is running (an earlier try keyed the BEGIN to an
 * AsyncLocalStorage, whose context did not survive Prisma and the pool queuing the BEGIN):
 * the held BEGIN belongs to the connection, and the statement that follows it on that
 * connection is the transaction's own.
 */
import pg from "pg";

type QueryConfig = { text: string; values?: unknown[]; name?: string; rows?: number; queryMode?: string };
type Query = (config: unknown, values?: unknown, callback?: unknown) => unknown;

const isConfig = (q: unknown): q is QueryConfig => typeof q === "object" && q !== null && typeof (q as QueryConfig).text === "string";
const textOf = (q: unknown) => (typeof q === "string" ? q : isConfig(q) ? q.text : undefined);

/** A statement pg sends with the simple protocol, where several may share one message. */
function isSimple(q: unknown, values: unknown): boolean {
  if (typeof q === "string") return values === undefined || (Array.isArray(values) && values.length === 0);
  if (!isConfig(q) || q.name || q.rows || q.queryMode === "extended") return false;
  return (q.values ?? []).length === 0 && (values === undefined || (Array.isArray(values) && values.length === 0));
}

const HELD_BEGIN: pg.QueryResult = { command: "BEGIN", rowCount: null, oid: 0, rows: [], fields: [] };

export function beginWithNextPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const holding = new WeakSet<pg.PoolClient>();
  // A connection given back mid-way (an error) never carries a held BEGIN into its next use.
  pool.on("release", (_err, client) => void holding.delete(client));
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as Query;
    const wrapped: Query = (q, values, callback) => {
      const callbackForm = typeof values === "function" || typeof callback === "function";
      if (!callbackForm && textOf(q) === "BEGIN" && !holding.has(client)) {
        holding.add(client);
        return Promise.resolve({ ...HELD_BEGIN });
      }
      if (!holding.has(client)) return query(q, values, callback);
      holding.delete(client);
      if (!callbackForm && isSimple(q, values)) {
        const text = `BEGIN; ${textOf(q)}`;
        const joined = (typeof q === "string" ? query(text) : query({ ...(q as QueryConfig), text })) as Promise<pg.QueryResult | pg.QueryResult[]>;
        return joined.then((r) => (Array.isArray(r) ? r[r.length - 1] : r));
      }
      // Both are queued now, in this order, before anything else can reach the connection; a
      // failed BEGIN fails the statement after it too, which reports it.
      const begun = (query("BEGIN") as Promise<unknown>).catch(() => undefined);
      const result = query(q, values, callback);
      return callbackForm ? result : begun.then(() => result);
    };
    client.query = wrapped as typeof client.query;
  });
  return pool;
}
