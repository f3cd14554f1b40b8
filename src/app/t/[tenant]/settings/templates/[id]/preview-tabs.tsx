"use client";
/**
 * Below the board, two views of the same document: how the actions wait for each other
 * (selecting a node opens its card) and the timeline a project would get for sample
 * attribute values. A loop makes any schedule impossible, so the timeline waits for it to go.
 */
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import type { AttributeSchema } from "@/server/crm/attributes";
import type { TemplateDocument } from "@/server/templates/document";
import type { TemplateProblem } from "@/server/templates/validate";
import { TimelinePreview } from "./_preview/timeline-preview";
import { hasCycle } from "./problems";
import type { TemplateDetail } from "./types";

// The graph library and its layout engine are most of the builder's weight: they load after
// the board, so the page is usable before they arrive (DESIGN §8: first-load JS per route).
const DependencyGraph = dynamic(() => import("./_preview/dependency-graph").then((m) => m.DependencyGraph), {
  ssr: false,
  loading: () => <GraphLoading />,
});

function GraphLoading() {
  const t = useTranslations("builder.previews");
  return (
    <p role="status" className="flex h-96 items-center justify-center rounded-lg border border-gray-200 bg-white text-sm text-gray-500">
      {t("loadingGraph")}
    </p>
  );
}

type Props = {
  document: TemplateDocument;
  attributes: AttributeSchema;
  calendar: TemplateDetail["calendar"];
  problems: TemplateProblem[];
  selectedId: string | null;
  onSelect: (actionId: string) => void;
};

const TABS = ["dependencies", "timeline"] as const;
type Tab = (typeof TABS)[number];

export function PreviewTabs({ document, attributes, calendar, problems, selectedId, onSelect }: Props) {
  const t = useTranslations("builder.previews");
  const id = useId();
  const [tab, setTab] = useState<Tab>("dependencies");
  const buttons = useRef<Record<Tab, HTMLButtonElement | null>>({ dependencies: null, timeline: null });

  // Arrow keys move between tabs (WAI-ARIA tabs pattern); Tab goes on into the panel.
  function onKeyDown(e: KeyboardEvent) {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] as Tab;
    setTab(next);
    buttons.current[next]?.focus();
  }

  return (
    <section aria-label={t("label")} className="space-y-3">
      <div role="tablist" aria-label={t("label")} onKeyDown={onKeyDown} className="flex gap-1 border-b border-gray-200">
        {TABS.map((k) => (
          <button
            key={k}
            ref={(el) => {
              buttons.current[k] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-${k}-tab`}
            aria-selected={tab === k}
            aria-controls={`${id}-${k}-panel`}
            tabIndex={tab === k ? 0 : -1}
            onClick={() => setTab(k)}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${tab === k ? "border-brand text-gray-900" : "border-transparent text-gray-600 hover:text-gray-900"}`}
          >
            {t(k)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-${tab}-panel`} aria-labelledby={`${id}-${tab}-tab`}>
        {tab === "dependencies" ? (
          <DependencyGraph document={document} problems={problems} selectedId={selectedId} onSelect={onSelect} />
        ) : (
          <TimelinePreview document={document} attributes={attributes} calendar={calendar} disabled={hasCycle(problems)} />
        )}
      </div>
    </section>
  );
}
