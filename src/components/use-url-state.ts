"use client";
/**
 * List filters live in the URL so a view can be shared, bookmarked and survives a reload.
 * Changing one replaces the history entry: filtering is not navigation the back button should
 * replay.
 */
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";

/** The query string `params` with `patch` applied: a value sets its key, null or "" removes it. */
function patched(params: URLSearchParams, patch: Record<string, string | null>): string {
  const next = new URLSearchParams(params.toString());
  for (const [k, v] of Object.entries(patch)) {
    if (v) next.set(k, v);
    else next.delete(k);
  }
  return next.toString();
}

export function useUrlState() {
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const get = useCallback((key: string) => params.get(key) || null, [params]);
  const set = useCallback(
    (patch: Record<string, string | null>) => {
      const query = patched(params, patch);
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [params, pathname, router],
  );
  /** The current query with some keys changed, for links that keep the other filters. */
  const href = useCallback(
    (path: string, patch: Record<string, string | null> = {}) => {
      const query = patched(params, patch);
      return query ? `${path}?${query}` : path;
    },
    [params],
  );
  return { get, set, href };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An owner filter from the URL; a mangled id is ignored rather than sent to the server. */
export function ownerParam(raw: string | null): string | null {
  return raw && UUID.test(raw) ? raw : null;
}
