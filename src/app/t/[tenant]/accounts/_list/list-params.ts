/**
 * The list's view from the URL query: ?q=&status=&owner=&sort=&dir=&page=. Anything mangled
 * (a hand-edited link, an old bookmark) falls back to its default instead of failing the
 * query, so a shared link always opens something sensible.
 */
import type { AccountStatus } from "@/generated/prisma/enums";
import { ACCOUNT_SORTS, type ListAccountsInput } from "@/server/routers/crm/accounts.schema";
import { ACCOUNT_STATUSES } from "../_components/status-badge";

export const PAGE_SIZE = 25;
export type SortKey = (typeof ACCOUNT_SORTS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = <T extends string>(list: readonly T[], v: string | null): T | null => (v && (list as readonly string[]).includes(v) ? (v as T) : null);

export function listParams(get: (key: string) => string | null): ListAccountsInput {
  const page = Number(get("page"));
  return {
    search: (get("q") ?? "").trim().slice(0, 100),
    status: oneOf<AccountStatus>(ACCOUNT_STATUSES, get("status")),
    ownerId: get("owner") && UUID.test(get("owner")!) ? get("owner") : null,
    sort: oneOf(ACCOUNT_SORTS, get("sort")) ?? "name",
    dir: get("dir") === "desc" ? "desc" : "asc",
    page: Number.isInteger(page) && page > 1 ? page : 1,
    pageSize: PAGE_SIZE,
  };
}

/** Clicking the sorted column flips it; another column starts with its natural order. */
export function nextSort(current: Pick<ListAccountsInput, "sort" | "dir">, key: SortKey): { sort: string | null; dir: string | null } {
  const dir = current.sort === key ? (current.dir === "asc" ? "desc" : "asc") : key === "createdAt" ? "desc" : "asc";
  // The defaults (name, ascending) stay out of the URL so the plain list has a plain link.
  return { sort: key === "name" && dir === "asc" ? null : key, dir: dir === "asc" ? null : dir };
}
