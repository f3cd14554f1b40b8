"use client";
/**
 * Moves a deal to another stage with an optimistic board: the card lands at once; on failure
 * the board is put back as it was and the caller shows the error. Every view that shows the
 * deal is refreshed afterwards either way.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";
import { moveCard } from "./board-cache";

export function useInvalidateDeals() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries(trpc.deals.board.queryFilter()),
      qc.invalidateQueries(trpc.deals.list.queryFilter()),
      qc.invalidateQueries(trpc.deals.forecast.queryFilter()),
      qc.invalidateQueries(trpc.deals.get.queryFilter()),
    ]);
}

export function useMoveDeal(ownerId: string | null) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const invalidate = useInvalidateDeals();
  const key = trpc.deals.board.queryKey({ ownerId });
  return useMutation(
    trpc.deals.move.mutationOptions({
      onMutate: async (vars) => {
        // A refetch landing mid-move would put the card back where it was.
        await qc.cancelQueries(trpc.deals.board.queryFilter());
        const previous = qc.getQueryData(key);
        if (previous) qc.setQueryData(key, moveCard(previous, vars.id, vars.stage));
        return { previous };
      },
      onError: (_error, _vars, result) => {
        if (result?.previous) qc.setQueryData(key, result.previous);
      },
      onSettled: invalidate,
    }),
  );
}
