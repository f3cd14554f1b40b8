"use client";
/** "Are you sure?" before something that cannot be undone from the builder (deleting a phase, discarding a draft). */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

type Props = { open: boolean; title: string; description: string; confirmLabel: string; pending?: boolean; onCancel: () => void; onConfirm: () => void };

export function ConfirmDialog({ open, title, description, confirmLabel, pending = false, onCancel, onConfirm }: Props) {
  const t = useTranslations("builder");
  return (
    <Dialog open={open} onClose={onCancel} title={title} description={description}>
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          {t("cancel")}
        </Button>
        <Button variant="danger" pending={pending} onClick={onConfirm} autoFocus>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
