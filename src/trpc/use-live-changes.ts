"use client";
/**
 * Live refresh for a page (issue 10): calls `onChange` when the server says this page's data
 * changed — the project page passes its projectId, My day passes nothing. The stream is SSE;
 * tRPC's link reconnects by itself after network errors, and this hook restarts it after the
 * errors the link gives up on. No polling: without changes, nothing is fetched. The rules
 * (debounce, catch-up on reconnect, backoff) are in live-refresh.ts.
 */
import { useSubscription } from "@trpc/tanstack-react-query";
import { useEffect, useState } from "react";
import { useTRPC } from "./client";
import { createLiveRefresh } from "./live-refresh";

const OPTIONS = { waitMs: 150, maxWaitMs: 1000, retryMinMs: 1000, retryMaxMs: 30_000 };

export function useLiveChanges(input: { projectId?: string }, onChange: () => void): void {
  const trpc = useTRPC();
  const [live] = useState(() => createLiveRefresh(OPTIONS));
  useEffect(() => () => live.cancel(), [live]);

  const { status, reset } = useSubscription(
    trpc.live.changes.subscriptionOptions(input, {
      onStarted: () => live.started(onChange),
      onData: () => live.changed(onChange),
    }),
  );

  useEffect(() => {
    if (status !== "error") return;
    const timer = setTimeout(reset, live.retryDelay());
    return () => clearTimeout(timer);
  }, [status, reset, live]);
}
