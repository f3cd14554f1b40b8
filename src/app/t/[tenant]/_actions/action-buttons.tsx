"use client";
/** The commands an open action offers, the same on My day and on the project page. */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { DialogMode } from "./action-dialog";

/** "note": complete, saying something to whoever comes next. */
export type Command = DialogMode | "start" | "unblock" | "note";

type Props = { status: string; title: string; canSkip?: boolean; pending?: boolean; onCommand: (command: Command) => void };

export function ActionButtons({ status, title, canSkip = false, pending = false, onCommand }: Props) {
  const t = useTranslations("projects.commands");
  const button = (command: Command, variant: "primary" | "secondary" | "ghost" = "ghost") => (
    <Button key={command} type="button" variant={variant} onClick={() => onCommand(command)} pending={pending && (command === "start" || command === "unblock" || command === "complete")} aria-label={t(`${command}Label`, { action: title })}>
      {t(command)}
    </Button>
  );
  return (
    <div className="flex flex-wrap items-center gap-1">
      {button("complete", "primary")}
      {button("note")}
      {status === "TODO" && button("start", "secondary")}
      {status === "BLOCKED" ? button("unblock", "secondary") : button("block")}
      {button("move")}
      {canSkip && button("skip")}
    </div>
  );
}
