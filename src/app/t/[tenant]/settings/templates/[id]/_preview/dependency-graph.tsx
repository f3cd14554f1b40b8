"use client";
/**
 * The builder's picture of how a template's actions wait for each other (DESIGN §3): one node
 * per action on its phase's band, an arrow per AFTER link, laid out left to right by dagre.
 * Actions with problems are outlined in red; links on a loop, or into a later phase, are red.
 * Read-only: editing happens on the cards, so selecting a node (click, or Enter on a focused
 * node) only tells the builder which card to show. It opens readable (`opening-view`): a long
 * template starts on its first phase, the rest a drag away.
 */
import "@xyflow/react/dist/style.css";
import styles from "./dependency-graph.module.css";
import { Controls, MarkerType, ReactFlow, ReactFlowProvider, useReactFlow, type Edge, type NodeChange } from "@xyflow/react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { actionsOf, goLivePhase, type TemplateDocument } from "@/server/templates/document";
import { ActionCard, PhaseBand, type GraphNode } from "./graph-nodes";
import { boundsOf, openingViewport } from "./opening-view";
import { graphShape, layoutGraph, NODE_HEIGHT, NODE_WIDTH, problemCounts, type GraphProblem, type GraphShape, type LaidOutEdge } from "./layout-graph";
import { useRoleLabel } from "@/components/use-role-label";

type Props = {
  document: TemplateDocument;
  problems: readonly GraphProblem[];
  selectedId?: string | null;
  onSelect?: (actionId: string) => void;
};

const nodeTypes = { action: ActionCard, phase: PhaseBand };

const COLORS = { plain: "#6b7280", selected: "#2563eb", wrong: "#dc2626" } as const;

export function DependencyGraph(props: Props) {
  // Own provider: the graph may sit next to another React Flow instance, or none.
  return (
    <ReactFlowProvider>
      <Graph {...props} />
    </ReactFlowProvider>
  );
}

function useEdges(laidOut: LaidOutEdge[], titles: ReadonlyMap<string, string>, selectedId: string | null): Edge[] {
  const t = useTranslations("preview.graph");
  return useMemo(
    () =>
      laidOut.map((e): Edge => {
        const wrong = e.inCycle || e.backwards;
        const touched = selectedId !== null && (e.source === selectedId || e.target === selectedId);
        const color = wrong ? COLORS.wrong : touched ? COLORS.selected : COLORS.plain;
        const names = { from: titles.get(e.source) ?? e.source, to: titles.get(e.target) ?? e.target };
        return {
          id: e.id,
          source: e.source,
          target: e.target,
          animated: e.inCycle,
          focusable: false,
          selectable: false,
          ariaLabel: e.inCycle ? t("edgeLoop", names) : e.backwards ? t("edgeBackwards", names) : t("edge", names),
          style: { stroke: color, strokeWidth: wrong || touched ? 2 : 1.5, strokeDasharray: e.backwards && !e.inCycle ? "6 4" : undefined },
          markerEnd: { type: MarkerType.ArrowClosed, color, width: 18, height: 18 },
          zIndex: touched ? 1 : 0,
        };
      }),
    [laidOut, titles, selectedId, t],
  );
}

function Graph({ document, problems, selectedId = null, onSelect }: Props) {
  const t = useTranslations("preview.graph");
  const roleLabel = useRoleLabel();
  const summaryId = useId();
  const { setViewport } = useReactFlow();
  const frame = useRef<HTMLDivElement>(null);
  const [whole, setWhole] = useState(true);

  // Memoised on the shape's text, not the document: a new document object with the same shape
  // (a title being typed) keeps its layout instead of paying for dagre again.
  const shapeKey = JSON.stringify(graphShape(document));
  const layout = useMemo(() => layoutGraph(JSON.parse(shapeKey) as GraphShape), [shapeKey]);
  const counts = useMemo(() => problemCounts(problems), [problems]);
  const entries = useMemo(() => new Map(actionsOf(document).map((e) => [e.action.id, e])), [document]);
  const titles = useMemo(() => new Map([...entries].map(([id, e]) => [id, e.action.title])), [entries]);

  const nodes = useMemo((): GraphNode[] => {
    const goLive = goLivePhase(document);
    const bands = layout.phases.map((p): GraphNode => ({
      id: `phase:${p.id}`,
      type: "phase",
      position: { x: p.x, y: p.y },
      width: p.width,
      height: p.height,
      zIndex: -1,
      selectable: false,
      focusable: false,
      draggable: false,
      domAttributes: { "aria-hidden": true },
      data: {
        name: document.phases[p.index]?.name ?? "",
        index: p.index,
        goLive: document.phases[p.index] === goLive,
        goLiveLabel: t("goLive"),
        emptyLabel: p.empty ? t("emptyPhase") : null,
      },
    }));
    const actions = layout.actions.flatMap((a): GraphNode[] => {
      const entry = entries.get(a.id);
      if (!entry) return [];
      const count = counts.get(a.id) ?? 0;
      const names = { title: entry.action.title, role: roleLabel(entry.action.role), phase: entry.phase.name };
      return [
        {
          id: a.id,
          type: "action",
          position: { x: a.x, y: a.y },
          // Fixed sizes: dagre placed the nodes with them, and React Flow need not measure.
          width: NODE_WIDTH,
          height: NODE_HEIGHT,
          selected: a.id === selectedId,
          // The card shows keyboard focus through its wrapper (see ActionCard).
          className: "group",
          ariaLabel: count > 0 ? t("nodeProblems", { ...names, count }) : t("node", names),
          data: { ...names, role: entry.action.role, roleLabel: names.role, phaseName: names.phase, problems: count, problemsLabel: t("problems", { count }) },
        },
      ];
    });
    return [...bands, ...actions];
  }, [layout, document, entries, counts, selectedId, roleLabel, t]);
  const edges = useEdges(layout.edges, titles, selectedId);

  // A new shape may not fit where the old one did; a renamed action leaves the view alone.
  useEffect(() => {
    const bounds = boundsOf(layout.phases);
    const box = frame.current?.getBoundingClientRect();
    if (!bounds || !box) return;
    const opening = openingViewport(bounds, box);
    setWhole(opening.whole);
    void setViewport(opening.viewport);
  }, [layout, setViewport]);

  // Clicks and Enter both arrive as selection changes; the builder owns what is selected.
  const onNodesChange = useCallback(
    (changes: NodeChange<GraphNode>[]) => {
      for (const c of changes) if (c.type === "select" && c.selected && entries.has(c.id)) onSelect?.(c.id);
    },
    [entries, onSelect],
  );

  const ariaLabelConfig = useMemo(
    () => ({
      "node.a11yDescription.default": t("keyboard"),
      "node.a11yDescription.keyboardDisabled": t("keyboard"),
      "controls.ariaLabel": t("controls"),
      "controls.zoomIn.ariaLabel": t("zoomIn"),
      "controls.zoomOut.ariaLabel": t("zoomOut"),
      "controls.fitView.ariaLabel": t("fitView"),
    }),
    [t],
  );

  if (document.phases.length === 0) return <p className="rounded-lg border border-dashed border-gray-300 p-6 text-sm text-gray-600">{t("empty")}</p>;

  return (
    <figure className="space-y-2">
      <div ref={frame} className="h-[28rem] w-full overflow-hidden rounded-lg border border-gray-200 bg-white">
        <ReactFlow<GraphNode, Edge>
          className={styles.graph}
          aria-label={t("label")}
          aria-describedby={summaryId}
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesFocusable={false}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          // "Show the whole graph" may go below reading size: it is the overview, asked for.
          fitViewOptions={{ padding: 0.1 }}
          minZoom={0.2}
          maxZoom={1.5}
          // The graph sits in a scrolling page: the wheel scrolls the page, Ctrl/⌘ + wheel zooms.
          zoomOnScroll={false}
          preventScrolling={false}
          ariaLabelConfig={ariaLabelConfig}
        >
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
      <figcaption id={summaryId} className="text-xs text-gray-600">
        {t("summary", { actions: layout.actions.length, links: layout.edges.length })}
        {!whole && <span className="ml-1">{t("pan")}</span>}
        {layout.edges.some((e) => e.inCycle || e.backwards) && <span className="ml-1 text-red-700">{t("legend")}</span>}
      </figcaption>
    </figure>
  );
}
