"use client";
/**
 * My day → "My actions in my calendar": the member's own iCalendar feed address, to paste into
 * Google Calendar, Outlook or Apple Calendar. The address is a credential (anyone holding it
 * reads the feed), so changing it and turning it off ask first and say that the old address
 * stops working.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Problem } from "@/components/problem";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { useTRPC } from "@/trpc/client";

type Done = "created" | "regenerated" | "turnedOff";
type Asking = "confirmRegenerate" | "confirmTurnOff";

export function CalendarFeedPanel() {
  const t = useTranslations("calendarFeed");
  const trpc = useTRPC();
  const qc = useQueryClient();
  const id = useId();
  const feed = useQuery(trpc.calendarFeed.get.queryOptions());
  const [done, setDone] = useState<Done | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);
  // The answer is the new state: write it into the query rather than fetch it again.
  const show = (url: string | null) => qc.setQueryData(trpc.calendarFeed.get.queryKey(), { url });
  const regenerate = useMutation(trpc.calendarFeed.regenerate.mutationOptions({ onSuccess: (d) => show(d.url) }));
  const revoke = useMutation(trpc.calendarFeed.revoke.mutationOptions({ onSuccess: () => show(null) }));
  const failed = regenerate.error ?? revoke.error;

  async function run(action: "create" | Asking) {
    setDone(null);
    regenerate.reset();
    revoke.reset();
    const ok = action === "confirmTurnOff" ? await revoke.mutateAsync().catch(() => null) : await regenerate.mutateAsync().catch(() => null);
    setAsking(null);
    if (!ok) return;
    setDone(action === "create" ? "created" : action === "confirmRegenerate" ? "regenerated" : "turnedOff");
    // Turned off, the buttons that were there are gone: the keyboard goes to the one that replaces them.
    if (action === "confirmTurnOff") requestAnimationFrame(() => document.getElementById(`${id}-create`)?.focus());
  }

  const url = feed.data?.url ?? null;
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg border border-gray-200 bg-white p-6">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-gray-600">{t("intro")}</p>
      {feed.isPending ? (
        <p role="status" className="text-sm text-gray-500">
          {t("loading")}
        </p>
      ) : feed.error ? (
        <Problem error={feed.error} />
      ) : url === null ? (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-gray-700">{t("none")}</p>
          <Button id={`${id}-create`} pending={regenerate.isPending} onClick={() => run("create")}>
            {t("create")}
          </Button>
        </div>
      ) : (
        <div className="space-y-3">
          <div className="space-y-1">
            <label htmlFor={`${id}-url`} className="block text-sm font-medium text-gray-800">
              {t("urlLabel")}
            </label>
            <div className="flex flex-wrap items-center gap-2">
              <input
                id={`${id}-url`}
                readOnly
                value={url}
                aria-describedby={`${id}-private`}
                spellCheck={false}
                // Selected whole on focus: copying by hand is one keystroke where the clipboard is refused.
                onFocus={(e) => e.currentTarget.select()}
                className="block min-w-0 flex-1 rounded-md border border-gray-300 bg-gray-50 px-3 py-2 font-mono text-xs shadow-sm"
              />
              <CopyButton value={url} label={t("copy")} />
            </div>
            <p id={`${id}-private`} className="text-xs text-gray-500">
              {t("private")}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => setAsking("confirmRegenerate")}>
              {t("regenerate")}
            </Button>
            <Button variant="danger" onClick={() => setAsking("confirmTurnOff")}>
              {t("turnOff")}
            </Button>
          </div>
        </div>
      )}
      {done && <Notice tone="success">{t(done)}</Notice>}
      {failed && <Problem error={failed} />}
      <Dialog open={asking !== null} onClose={() => setAsking(null)} title={asking ? t(`${asking}.title`) : ""} description={asking ? t(`${asking}.body`) : undefined}>
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={() => setAsking(null)}>
            {t("cancel")}
          </Button>
          <Button variant="danger" autoFocus pending={regenerate.isPending || revoke.isPending} onClick={() => asking && run(asking)}>
            {asking ? t(`${asking}.confirm`) : ""}
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
