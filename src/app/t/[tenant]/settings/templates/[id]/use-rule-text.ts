"use client";
/** An action's trigger and due rule in a sentence, as the card shows them at a glance. */
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { ActionTemplate, DueRule, TemplateDocument } from "@/server/templates/document";
import { titlesOf } from "./document-queries";

export function useRuleText() {
  const t = useTranslations("builder.rules");
  const trigger = useCallback(
    (action: ActionTemplate, doc: TemplateDocument) =>
      action.trigger.kind === "PHASE_START" ? t("phaseStart") : t("after", { actions: titlesOf(doc, action.trigger.actionIds).join(", ") || "—" }),
    [t],
  );
  const due = useCallback(
    (rule: DueRule) => {
      if (rule.kind === "AFTER_AVAILABLE") return t("dueAfterAvailable", { days: rule.days });
      if (rule.days === 0) return t("dueOnDate", { key: rule.dateKey });
      return t(rule.days < 0 ? "dueBeforeDate" : "dueAfterDate", { days: Math.abs(rule.days), key: rule.dateKey });
    },
    [t],
  );
  return { trigger, due };
}
