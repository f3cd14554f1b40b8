"use client";
/**
 * When an action becomes available, in a sentence, as the card shows it at a glance. Due
 * rules and captured dates are named by the template's labels (`template-labels`).
 */
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { ActionTemplate, TemplateDocument } from "@/server/templates/document";
import { titlesOf } from "./document-queries";

export function useTriggerText() {
  const t = useTranslations("builder.rules");
  return useCallback(
    (action: ActionTemplate, doc: TemplateDocument) =>
      action.trigger.kind === "PHASE_START" ? t("phaseStart") : t("after", { actions: titlesOf(doc, action.trigger.actionIds).join(", ") || "—" }),
    [t],
  );
}
