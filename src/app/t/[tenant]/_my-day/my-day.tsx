"use client";
/**
 * My day (DESIGN §5): the person's available actions, overdue first, then today, then
 * upcoming, each with its project, customer, phase and due date. One click completes (asking
 * for the captured date where the action captures one); start, block and move sit beside it.
 * j/k move between actions, x completes, n completes with a note, b blocks, s starts, m
 * moves; "?" shows the keys.
 * The cascade's changes arrive by live refresh (the frame's, use-my-live-changes.ts): an action
 * another person unlocked appears without a reload.
 */
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { Problem } from "@/components/problem";
import { useTRPC } from "@/trpc/client";
import { ActionDialog, type DialogMode } from "../_actions/action-dialog";
import { useActionCommands } from "../_actions/use-action-commands";
import { MyDayRow, type MyDayItem } from "./my-day-row";
import { ShortcutHelp } from "./shortcut-help";

type Group = { key: "overdue" | "today" | "upcoming"; items: MyDayItem[] };

function groupsOf(actions: readonly MyDayItem[], today: string): Group[] {
  const groups: Group[] = [
    { key: "overdue", items: actions.filter((a) => a.dueDate !== null && a.dueDate < today) },
    { key: "today", items: actions.filter((a) => a.dueDate === today) },
    { key: "upcoming", items: actions.filter((a) => a.dueDate === null || a.dueDate > today) },
  ];
  return groups.filter((g) => g.items.length > 0);
}

/** Keys typed into a field, a dialog or with a modifier are the page's, not the list's. */
function isListKey(e: KeyboardEvent): boolean {
  const target = e.target as HTMLElement | null;
  if (e.metaKey || e.ctrlKey || e.altKey || target?.closest("input, textarea, select, dialog, [contenteditable=true]")) return false;
  return true;
}

export function MyDay() {
  const t = useTranslations("myDay");
  const trpc = useTRPC();
  const query = useQuery(trpc.myDay.list.queryOptions());
  const commands = useActionCommands();
  const [dialog, setDialog] = useState<{ mode: DialogMode; action: MyDayItem } | null>(null);
  const [current, setCurrent] = useState(0);
  const [help, setHelp] = useState(false);
  const rows = useRef<(HTMLLIElement | null)[]>([]);
  const ask = (action: MyDayItem) => (mode: DialogMode) => setDialog({ mode, action });

  const groups = useMemo(() => (query.data ? groupsOf(query.data.actions, query.data.today) : []), [query.data]);
  const ordered = useMemo(() => groups.flatMap((g) => g.items), [groups]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!isListKey(e)) return;
      if (e.key === "?") return setHelp((h) => !h);
      const action = ordered[current];
      const focus = (i: number) => {
        const next = Math.max(0, Math.min(ordered.length - 1, i));
        setCurrent(next);
        rows.current[next]?.focus();
      };
      if (e.key === "j") focus(current + 1);
      else if (e.key === "k") focus(current - 1);
      else if (!action) return;
      else if (e.key === "x") commands.perform(action, "complete", ask(action));
      else if (e.key === "n") commands.perform(action, "note", ask(action));
      else if (e.key === "b" && action.status !== "BLOCKED") commands.perform(action, "block", ask(action));
      else if (e.key === "m") commands.perform(action, "move", ask(action));
      else if (e.key === "s" && action.status === "TODO") commands.perform(action, "start", ask(action));
      else return;
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [ordered, current, commands]);

  if (query.isPending) return <p role="status" className="text-sm text-gray-500">{t("loading")}</p>;
  if (query.error) return <Problem error={query.error} />;
  const { today, more } = query.data;
  let index = -1;
  return (
    <section aria-labelledby="my-day" className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="my-day" className="text-base font-semibold">
          {t("title", { count: ordered.length })}
        </h2>
        <ShortcutHelp open={help} onToggle={() => setHelp((h) => !h)} />
      </div>
      {ordered.length === 0 ? (
        <div className="rounded-lg border border-dashed border-gray-300 bg-white p-8 text-center">
          <p className="text-base font-semibold">{t("emptyTitle")}</p>
          <p className="mt-1 text-sm text-gray-600">{t("emptyBody")}</p>
        </div>
      ) : (
        groups.map((g) => (
          <div key={g.key} className="space-y-2">
            <h3 className={`text-sm font-semibold ${g.key === "overdue" ? "text-red-800" : "text-gray-700"}`}>{t(`groups.${g.key}`, { count: g.items.length })}</h3>
            <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white" aria-label={t(`groups.${g.key}`, { count: g.items.length })}>
              {g.items.map((a) => {
                index += 1;
                const i = index;
                return (
                  <MyDayRow
                    key={a.id}
                    ref={(el) => {
                      rows.current[i] = el;
                    }}
                    action={a}
                    today={today}
                    selected={i === current}
                    onFocus={() => setCurrent(i)}
                    onCommand={(command) => commands.perform(a, command, ask(a))}
                    pending={[commands.start, commands.unblock, commands.complete].some((m) => m.isPending && m.variables?.id === a.id)}
                  />
                );
              })}
            </ul>
          </div>
        ))
      )}
      {more && <p className="text-sm text-gray-600">{t("more")}</p>}
      {(commands.start.error ?? commands.unblock.error ?? (dialog ? null : commands.complete.error)) && <Problem error={commands.start.error ?? commands.unblock.error ?? commands.complete.error} />}
      <ActionDialog mode={dialog?.mode ?? null} action={dialog?.action ?? null} commands={commands} onClose={() => setDialog(null)} />
    </section>
  );
}
