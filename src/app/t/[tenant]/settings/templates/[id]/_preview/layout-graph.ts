/**
 * Where the dependency graph draws each action: a left-to-right dagre layout of the AFTER
 * links, with the phases as consecutive vertical bands. Pure (shape in, geometry out) so tests
 * check the geometry without a DOM.
 *
 * The layout reads only the document's shape (ids, phases, links), never titles: dagre takes
 * tens of milliseconds, and the builder should not pay that on every keystroke in a title.
 *
 * Phases run one after the other, so the layout must keep them in order even where no AFTER
 * link says so (a PHASE_START action has no incoming edge). Each phase therefore gets an
 * invisible "gate" node: gate(i) → the phase's first actions, its last actions → gate(i+1).
 * dagre ranks every action strictly between its two gates, which makes the bands disjoint
 * columns.
 */
import { graphlib, layout, type EdgeLabel, type GraphLabel, type NodeLabel } from "@dagrejs/dagre";
import type { TemplateDocument } from "@/server/templates/document";
import type { TemplateProblem } from "@/server/templates/validate";

export const NODE_WIDTH = 216;
export const NODE_HEIGHT = 84;
/** Room around the actions inside a band, and above them for the phase's name. */
export const BAND_PADDING = 16;
export const BAND_HEADER = 32;

/** What the layout depends on; equal shapes lay out identically. */
export type GraphShape = { phases: { id: string; actions: { id: string; after: string[] }[] }[] };

/** Top-left corners, as React Flow positions nodes. */
export type LaidOutAction = { id: string; phaseIndex: number; x: number; y: number };

export type LaidOutPhase = {
  id: string;
  index: number;
  /** No actions: the band still shows so the phase is not silently missing from the picture. */
  empty: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
};

export type LaidOutEdge = {
  id: string;
  /** The prerequisite. */
  source: string;
  /** The action that waits for it. */
  target: string;
  /** Both ends wait, directly or not, for each other: the template cannot run. */
  inCycle: boolean;
  /** The prerequisite sits in a later phase: it can never be done first. */
  backwards: boolean;
};

export type GraphLayout = { actions: LaidOutAction[]; phases: LaidOutPhase[]; edges: LaidOutEdge[] };

// Action ids match /^[A-Za-z0-9_-]+$/, so a colon can never collide with one.
const gateId = (phaseIndex: number) => `:gate:${phaseIndex}`;
const placeholderId = (phaseIndex: number) => `:empty:${phaseIndex}`;

export const edgeId = (source: string, target: string) => `${source}->${target}`;

export function graphShape(doc: TemplateDocument): GraphShape {
  return {
    phases: doc.phases.map((p) => ({
      id: p.id,
      actions: p.actions.map((a) => ({ id: a.id, after: a.trigger.kind === "AFTER" ? a.trigger.actionIds : [] })),
    })),
  };
}

/** The dependency edges to draw: AFTER links to actions that exist, once each. */
function dependencyEdges(shape: GraphShape, phaseOf: Map<string, number>): Omit<LaidOutEdge, "inCycle">[] {
  const edges: Omit<LaidOutEdge, "inCycle">[] = [];
  const seen = new Set<string>();
  shape.phases.forEach((phase, phaseIndex) => {
    for (const action of phase.actions) {
      for (const source of action.after) {
        const sourcePhase = phaseOf.get(source);
        const id = edgeId(source, action.id);
        // A missing or self reference is shown on the card by validation; there is nothing to draw.
        if (sourcePhase === undefined || source === action.id || seen.has(id)) continue;
        seen.add(id);
        edges.push({ id, source, target: action.id, backwards: sourcePhase > phaseIndex });
      }
    }
  });
  return edges;
}

/** Edges whose two ends lie in the same strongly connected component, i.e. on a loop. */
function cycleEdges(actionIds: Iterable<string>, edges: Omit<LaidOutEdge, "inCycle">[]): Set<string> {
  const g = new graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>();
  for (const id of actionIds) g.setNode(id);
  for (const e of edges) g.setEdge(e.source, e.target);
  const component = new Map<string, number>();
  graphlib.alg.tarjan(g).forEach((members, i) => {
    if (members.length > 1) for (const m of members) component.set(m, i);
  });
  return new Set(edges.filter((e) => component.has(e.source) && component.get(e.source) === component.get(e.target)).map((e) => e.id));
}

export function layoutGraph(shape: GraphShape): GraphLayout {
  if (shape.phases.length === 0) return { actions: [], phases: [], edges: [] };

  // A draft may briefly hold a duplicate id (the schema refuses it on save); the first one wins.
  const phaseOf = new Map<string, number>();
  const members: string[][] = shape.phases.map((p, i) =>
    p.actions.flatMap((a) => {
      if (phaseOf.has(a.id)) return [];
      phaseOf.set(a.id, i);
      return [a.id];
    }),
  );
  const drawn = dependencyEdges(shape, phaseOf);
  const inCycle = cycleEdges(phaseOf.keys(), drawn);
  const edges = drawn.map((e) => ({ ...e, inCycle: inCycle.has(e.id) }));

  const g = new graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>();
  g.setGraph({ rankdir: "LR", nodesep: 24, ranksep: 56, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  // Only a phase's first and last actions need a gate link (the others follow through the links
  // inside the phase): fewer long edges keep dagre fast. A loop has no first action, so its
  // members get both links.
  const hasPredecessor = new Set<string>();
  const hasSuccessor = new Set<string>();
  for (const e of edges) {
    if (e.inCycle || phaseOf.get(e.source) !== phaseOf.get(e.target)) continue;
    hasPredecessor.add(e.target);
    hasSuccessor.add(e.source);
  }
  members.forEach((ids, i) => {
    g.setNode(gateId(i), { width: 1, height: 1 });
    for (const id of ids.length > 0 ? ids : [placeholderId(i)]) {
      // A fresh label each: dagre writes the position into it.
      g.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
      if (!hasPredecessor.has(id)) g.setEdge(gateId(i), id);
      if (!hasSuccessor.has(id) && i + 1 < members.length) g.setEdge(id, gateId(i + 1));
    }
  });
  // Backward links would fight the gates (and dagre would break the loop somewhere arbitrary);
  // they are drawn, not laid out.
  for (const e of edges) if (!e.backwards) g.setEdge(e.source, e.target);
  layout(g);

  const topLeft = (id: string) => {
    const n = g.node(id);
    return { x: (n.x ?? 0) - NODE_WIDTH / 2, y: (n.y ?? 0) - NODE_HEIGHT / 2 };
  };
  const boxes = members.map((ids, i) => (ids.length > 0 ? ids : [placeholderId(i)]).map(topLeft));
  const all = boxes.flat();
  // Bands share one height, so the phases read as the columns of one table.
  const top = Math.min(...all.map((b) => b.y)) - BAND_PADDING - BAND_HEADER;
  const bottom = Math.max(...all.map((b) => b.y + NODE_HEIGHT)) + BAND_PADDING;
  const phases = shape.phases.map((phase, i): LaidOutPhase => {
    const box = boxes[i] ?? [];
    const left = Math.min(...box.map((b) => b.x)) - BAND_PADDING;
    const right = Math.max(...box.map((b) => b.x + NODE_WIDTH)) + BAND_PADDING;
    return { id: phase.id, index: i, empty: members[i]?.length === 0, x: left, y: top, width: right - left, height: bottom - top };
  });
  const actions = members.flatMap((ids, phaseIndex) => ids.map((id): LaidOutAction => ({ id, phaseIndex, ...topLeft(id) })));
  return { actions, phases, edges };
}

/** All the graph reads of a problem: the builder's own problems (with more fields) fit too. */
export type GraphProblem = Pick<TemplateProblem, "target">;

/** How many problems point at each action, for the red outline and the count on its node. */
export function problemCounts(problems: readonly GraphProblem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { target } of problems) {
    if (target.kind === "action") counts.set(target.id, (counts.get(target.id) ?? 0) + 1);
  }
  return counts;
}
