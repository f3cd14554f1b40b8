"use client";
/**
 * The notification bell in the sidebar: the unread count, and a panel of the person's
 * notifications (an action blocked, escalated or unblocked, a project live or on hold), each
 * linking to its project. No polling: the count refetches when the window regains focus and
 * both refetch when the panel opens; live push invalidates them with `notificationsFilter`.
 * A non-modal panel rather than a <dialog>: the page stays usable beside it; Escape or a click
 * elsewhere closes it and focus returns to the bell.
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useFormat } from "@/components/format";
import { Problem } from "@/components/problem";
import type { RouterOutputs } from "@/components/router-types";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/client";

type Item = RouterOutputs["notifications"]["list"]["items"][number];

/** Every notification query (list, count): what live push or a mutation invalidates. */
export function useNotificationsFilter() {
  return useTRPC().notifications.pathFilter();
}

const KIND_MESSAGE = {
  "action.blocked": "blocked",
  "action.escalated": "escalated",
  "action.unblocked": "unblocked",
  "project.live": "live",
  "project.held": "held",
} as const satisfies Record<Item["kind"], string>;

export function NotificationBell({ slug }: { slug: string }) {
  const t = useTranslations("notifications");
  const trpc = useTRPC();
  const qc = useQueryClient();
  const filter = useNotificationsFilter();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // staleTime 0: a focus or an opening always asks again; nothing refetches on a timer.
  const count = useQuery(trpc.notifications.unreadCount.queryOptions(undefined, { staleTime: 0, refetchOnWindowFocus: true }));
  const list = useInfiniteQuery(
    trpc.notifications.list.infiniteQueryOptions({}, { enabled: open, staleTime: 0, getNextPageParam: (page) => page.nextCursor ?? undefined }),
  );
  const onDone = { onSuccess: () => qc.invalidateQueries(filter) };
  const markAll = useMutation(trpc.notifications.markAllRead.mutationOptions(onDone));
  const markOne = useMutation(trpc.notifications.markRead.mutationOptions(onDone));

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const outside = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  const toggle = () => {
    if (!open) void count.refetch();
    setOpen(!open);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape" && open) {
      e.stopPropagation();
      close(true);
    }
  };

  const unread = count.data ?? 0;
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div ref={wrapper} className="relative" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        onClick={toggle}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t("bell", { count: unread })}
        className="relative rounded-md p-1.5 text-gray-600 hover:bg-gray-100 hover:text-gray-900 focus-visible:outline-2 focus-visible:outline-brand"
      >
        <BellIcon />
        {unread > 0 && (
          <span aria-hidden className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold leading-5 text-white">
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </button>
      {open && (
        <div
          ref={panel}
          id={panelId}
          role="dialog"
          aria-labelledby={`${panelId}-title`}
          tabIndex={-1}
          className="absolute left-0 top-full z-30 mt-2 w-96 rounded-lg border border-gray-200 bg-white shadow-xl outline-none"
        >
          <div className="flex items-center justify-between gap-2 border-b border-gray-100 px-4 py-3">
            <h2 id={`${panelId}-title`} className="text-sm font-semibold">
              {t("title")}
            </h2>
            <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => markAll.mutate()} pending={markAll.isPending} disabled={unread === 0}>
              {t("markAllRead")}
            </Button>
          </div>
          <div className="max-h-96 overflow-y-auto">
            {list.isPending ? (
              <p role="status" className="px-4 py-6 text-sm text-gray-500">
                {t("loading")}
              </p>
            ) : list.error ? (
              <div className="p-3">
                <Problem error={list.error} />
              </div>
            ) : items.length === 0 ? (
              <p className="px-4 py-6 text-sm text-gray-500">{t("empty")}</p>
            ) : (
              <ul className="divide-y divide-gray-100">
                {items.map((n) => (
                  <NotificationRow key={n.id} n={n} slug={slug} onOpen={() => { if (!n.readAt) markOne.mutate({ ids: [n.id] }); close(false); }} />
                ))}
              </ul>
            )}
            {list.hasNextPage && (
              <div className="border-t border-gray-100 p-2 text-center">
                <Button variant="ghost" className="text-xs" onClick={() => void list.fetchNextPage()} pending={list.isFetchingNextPage}>
                  {t("more")}
                </Button>
              </div>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

function NotificationRow({ n, slug, onOpen }: { n: Item; slug: string; onOpen: () => void }) {
  const t = useTranslations("notifications");
  const format = useFormat();
  const p = n.payload;
  const message = t(`kinds.${KIND_MESSAGE[n.kind]}`, { actionTitle: p.actionTitle ?? "", projectName: p.projectName ?? "", days: p.days ?? 0 });
  const details = [p.reason ? t("reason", { reason: p.reason }) : null, p.byName ? t("by", { byName: p.byName }) : null].filter((x): x is string => x !== null);
  const body = (
    <>
      <span className="flex items-start gap-2">
        {!n.readAt && <span className="mt-1.5 size-2 shrink-0 rounded-full bg-brand" aria-hidden />}
        <span className={n.readAt ? "text-gray-700" : "font-medium text-gray-900"}>{message}</span>
      </span>
      {details.length > 0 && <span className="mt-0.5 block text-xs text-gray-600">{details.join(" · ")}</span>}
      <span className="mt-0.5 block text-xs text-gray-500">
        <time dateTime={n.createdAt.toISOString()}>{format.relative(n.createdAt, new Date())}</time>
        {!n.readAt && <span className="sr-only"> {t("unread")}</span>}
      </span>
    </>
  );
  const cls = `block px-4 py-3 text-sm ${n.readAt ? "" : "bg-blue-50/40"}`;
  return (
    <li>
      {n.projectId ? (
        <Link href={`/t/${slug}/projects/${n.projectId}`} onClick={onOpen} className={`${cls} hover:bg-gray-50 focus-visible:bg-gray-50 focus-visible:outline-none`}>
          {body}
        </Link>
      ) : (
        <div className={cls}>{body}</div>
      )}
    </li>
  );
}

function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden>
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
