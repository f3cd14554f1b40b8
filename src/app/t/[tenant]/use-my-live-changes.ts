"use client";
/**
 * The signed-in person's live refresh, once per page: when the cascade changes their actions or
 * someone notifies them, My day and the bell refetch. One stream for the whole frame — a
 * browser keeps only a few connections per site open, and each page may add one of its own
 * (the project page).
 */
import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";
import { useLiveChanges } from "@/trpc/use-live-changes";

export function useMyLiveChanges(): void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useLiveChanges({}, () => {
    void queryClient.invalidateQueries({ queryKey: trpc.myDay.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
  });
}
