"use client";
/**
 * The template's conditions, due rules and captured dates in the person's words, for every
 * part of the builder (cards, the dragged copy, the timeline, the editor). One provider per
 * surface binds them to the document and the service type's attributes, so a card does not
 * need the schema passed down through the board and its columns.
 */
import { useTranslations } from "next-intl";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { useFormat } from "@/components/format";
import type { AttributeSchema } from "@/server/crm/attributes";
import type { CapturedDate, DueRule, TemplateDocument } from "@/server/templates/document";
import { dateName, describeCapture, describeCondition, describeDue, labelWordsFrom, type LabelWords } from "@/server/templates/labels";

export type TemplateLabels = {
  /** Null when there is no condition, or it does not check: show what was typed then. */
  condition: (source: string | null) => string | null;
  due: (rule: DueRule) => string;
  capture: (captured: CapturedDate) => string;
  /** A captured date as a noun: "the porting date". */
  date: (key: string) => string;
};

/** The `LabelWords` of the person's language and the tenant's country. */
export function useLabelWords(): LabelWords {
  const t = useTranslations("templates.labels");
  const format = useFormat();
  return useMemo(() => labelWordsFrom((key, values) => t(key, values), format), [t, format]);
}

const LabelsContext = createContext<TemplateLabels | null>(null);

export function TemplateLabelsProvider({ document: doc, attributes, children }: { document: TemplateDocument; attributes: AttributeSchema; children: ReactNode }) {
  const words = useLabelWords();
  const labels = useMemo(
    (): TemplateLabels => ({
      condition: (source) => describeCondition(source, attributes, words),
      due: (rule) => describeDue(rule, doc, words),
      capture: (captured) => describeCapture(captured, words),
      date: (key) => dateName(doc, key, words),
    }),
    [doc, attributes, words],
  );
  return <LabelsContext.Provider value={labels}>{children}</LabelsContext.Provider>;
}

export function useTemplateLabels(): TemplateLabels {
  const labels = useContext(LabelsContext);
  if (!labels) throw new Error("useTemplateLabels needs a TemplateLabelsProvider");
  return labels;
}
