"use client";
/**
 * Filters live in the URL so a view can be shared, bookmarked and survives a reload. Changing
 * one replaces the history entry: filtering is not navigation the back button should replay.
 */
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";

export function useUrlState() {
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const get = useCallback((key: string) => params.get(key) || null, [params]);
  const set = useCallback(
    (patch: Record<string, string | null>) => {
      const next = new URLSearchParams(params.toString());
      for (const [k, v] of Object.entries(patch)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      const query = next.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [params, pathname, router],
  );
  /** The current query with some keys changed, for links that keep the other filters. */
  const href = useCallback(
    (path: string, patch: Record<string, string | null> = {}) => {
      const next = new URLSearchParams(params.toString());
      for (const [k, v] of Object.entries(patch)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      const query = next.toString();
      return query ? `${path}?${query}` : path;
    },
    [params],
  );
  return { get, set, href };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The owner filter from the URL; a mangled id is ignored rather than sent to the server. */
export function ownerParam(raw: string | null): string | null {
  return raw && UUID.test(raw) ? raw : null;
}
