"use client";
/**
 * What a person does to an action, from My day or the project page: one mutation per command,
 * each refreshing the lists it changes (the cascade's own changes arrive by live refresh).
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";

export function useActionCommands() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.myDay.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.projects.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() }),
    ]);
  };
  const options = { onSuccess: refresh };
  return {
    start: useMutation(trpc.actions.start.mutationOptions(options)),
    complete: useMutation(trpc.actions.complete.mutationOptions(options)),
    block: useMutation(trpc.actions.block.mutationOptions(options)),
    unblock: useMutation(trpc.actions.unblock.mutationOptions(options)),
    move: useMutation(trpc.actions.move.mutationOptions(options)),
    skip: useMutation(trpc.actions.skip.mutationOptions(options)),
    refresh,
  };
}

export type ActionCommands = ReturnType<typeof useActionCommands>;
