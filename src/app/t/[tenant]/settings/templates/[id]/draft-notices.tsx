"use client";
/** What the last save, publish or discard came to: done, someone else saved meanwhile (reload), or why not. */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { useDraft } from "./use-draft";
import { useProblemMessage } from "./use-problem-message";

export function DraftNotices({ draft, onReload }: { draft: ReturnType<typeof useDraft>; onReload: () => void }) {
  const t = useTranslations("builder.header");
  const message = useProblemMessage();
  const { outcome, failure } = draft;
  if (outcome?.kind === "saved") return <Notice tone="success">{t("saved")}</Notice>;
  if (outcome?.kind === "published") return <Notice tone="success">{t("publishedNow", { number: outcome.number })}</Notice>;
  if (!failure || failure.kind === "name") return null;
  if (failure.kind === "conflict") {
    return (
      <Notice tone="warning" title={t("conflictTitle")}>
        <p>{t("conflictBody")}</p>
        <Button variant="secondary" className="mt-2" onClick={onReload}>
          {t("reload")}
        </Button>
      </Notice>
    );
  }
  if (failure.kind === "problems") return <Notice tone="error">{t("publishRefused")}</Notice>;
  return <Notice tone="error">{message(failure.text)}</Notice>;
}
