"use client";
/**
 * The currency a tenant sells in: its catalogue's (the service types'), else the one its
 * country suggests. Used for new deals and for totals that span deals.
 */
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";

export function useTenantCurrency(fallback: string): string {
  const trpc = useTRPC();
  const types = useQuery(trpc.catalogue.list.queryOptions());
  const counts = new Map<string, number>();
  for (const type of types.data ?? []) if (!type.archived) counts.set(type.currency, (counts.get(type.currency) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
}
