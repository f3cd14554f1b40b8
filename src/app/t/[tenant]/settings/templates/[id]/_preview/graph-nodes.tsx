"use client";
/**
 * The dependency graph's two node kinds: an action card and the coloured band behind a
 * phase's actions. Text arrives already translated in `data`, so the nodes stay presentational
 * and React Flow can memoise them.
 */
import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { ActionRole } from "@/server/templates/document";

export type ActionNodeData = { title: string; role: ActionRole; roleLabel: string; phaseName: string; problems: number; problemsLabel: string };
export type PhaseNodeData = { name: string; index: number; goLive: boolean; goLiveLabel: string; emptyLabel: string | null };
export type ActionNode = Node<ActionNodeData, "action">;
export type PhaseNode = Node<PhaseNodeData, "phase">;
export type GraphNode = ActionNode | PhaseNode;

// People outside the team stand out: their actions wait on someone the team does not control.
const ROLE_TONES: Partial<Record<ActionRole, string>> = {
  CUSTOMER: "bg-amber-100 text-amber-900",
  CARRIER: "bg-indigo-100 text-indigo-900",
};

// Full class strings so Tailwind finds them; neighbouring phases never share a tint.
const BAND_TONES = [
  "border-sky-200 bg-sky-50/70 text-sky-900",
  "border-violet-200 bg-violet-50/70 text-violet-900",
  "border-amber-200 bg-amber-50/70 text-amber-900",
  "border-emerald-200 bg-emerald-50/70 text-emerald-900",
  "border-rose-200 bg-rose-50/70 text-rose-900",
  "border-slate-200 bg-slate-50 text-slate-900",
];

// Edges need handles to attach to; nobody draws new links here, so they stay invisible, and
// inside the card (not straddling its edge) so the node's box holds all it contains.
const hidden = { opacity: 0, pointerEvents: "none", transform: "translate(0, -50%)" } as const;

/**
 * Problems, selection and keyboard focus each get their own channel (border, ring, outline) so
 * a selected card with problems still shows both. React Flow's stylesheet removes the focus
 * outline from its node wrapper, so the card draws it, keyed on the wrapper's `group` class.
 */
export const ActionCard = memo(function ActionCard({ data, selected }: NodeProps<ActionNode>) {
  const flagged = data.problems > 0;
  return (
    <div
      className={`flex h-full w-full cursor-pointer flex-col justify-between gap-1 rounded-md bg-white px-3 py-2 shadow-sm group-focus-visible:outline-2 group-focus-visible:outline-offset-4 group-focus-visible:outline-brand ${
        flagged ? "border-2 border-red-600" : "border border-gray-300"
      } ${selected ? "ring-3 ring-blue-600 ring-offset-2" : ""}`}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} style={hidden} />
      <p className="line-clamp-2 text-sm leading-snug font-medium text-gray-900" title={data.title}>
        {data.title}
      </p>
      <div className="flex min-w-0 items-center gap-1.5 text-xs">
        <span className={`shrink-0 rounded px-1.5 py-0.5 font-medium ${ROLE_TONES[data.role] ?? "bg-gray-100 text-gray-800"}`}>{data.roleLabel}</span>
        <span className="min-w-0 truncate text-gray-500" title={data.phaseName}>
          {data.phaseName}
        </span>
        {flagged && <span className="ml-auto shrink-0 rounded-full bg-red-600 px-1.5 py-0.5 font-medium text-white">{data.problemsLabel}</span>}
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} style={hidden} />
    </div>
  );
});

export const PhaseBand = memo(function PhaseBand({ data }: NodeProps<PhaseNode>) {
  return (
    <div className={`h-full w-full rounded-lg border ${BAND_TONES[data.index % BAND_TONES.length] ?? ""}`}>
      <div className="flex items-center gap-2 px-3 pt-2 text-xs font-semibold">
        <span className="truncate" title={data.name}>
          {data.name}
        </span>
        {data.goLive && <span className="shrink-0 rounded bg-green-700 px-1.5 py-0.5 text-white">{data.goLiveLabel}</span>}
      </div>
      {data.emptyLabel && <p className="px-3 pt-8 text-xs text-gray-500 italic">{data.emptyLabel}</p>}
    </div>
  );
});
