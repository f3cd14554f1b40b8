"use client";
/**
 * What a person does to an action, from My day or the project page: one mutation per command,
 * each refreshing the lists it changes (the cascade's own changes arrive by live refresh).
 * `perform` is the one click: start, unblock and completing an action that asks for no date go
 * at once; the rest (a captured date, a reason, a new date, a note) open the action's dialog.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";
import type { Command } from "./action-buttons";
import type { DialogMode } from "./action-dialog";

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
  const start = useMutation(trpc.actions.start.mutationOptions(options));
  const complete = useMutation(trpc.actions.complete.mutationOptions(options));
  const unblock = useMutation(trpc.actions.unblock.mutationOptions(options));
  function perform(action: { id: string; capturesDate: unknown }, command: Command, ask: (mode: DialogMode) => void) {
    if (command === "start") start.mutate({ id: action.id });
    else if (command === "unblock") unblock.mutate({ id: action.id });
    else if (command === "complete" && !action.capturesDate) complete.mutate({ id: action.id, capturedDate: null, note: null });
    else ask(command === "note" ? "complete" : command);
  }
  return {
    perform,
    start,
    complete,
    block: useMutation(trpc.actions.block.mutationOptions(options)),
    unblock,
    move: useMutation(trpc.actions.move.mutationOptions(options)),
    skip: useMutation(trpc.actions.skip.mutationOptions(options)),
    refresh,
  };
}

export type ActionCommands = ReturnType<typeof useActionCommands>;
