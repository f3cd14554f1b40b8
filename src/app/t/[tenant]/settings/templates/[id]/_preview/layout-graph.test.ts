import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ActionTemplate, Phase, TemplateDocument } from "@/server/templates/document";
import { arbitraryTemplate } from "@/server/templates/testing/arbitrary-template";
import type { TemplateProblem } from "@/server/templates/validate";
import { edgeId, graphShape, layoutGraph as layoutShape, NODE_HEIGHT, NODE_WIDTH, problemCounts, type GraphLayout } from "./layout-graph";

const layoutGraph = (doc: TemplateDocument) => layoutShape(graphShape(doc));

function action(id: string, after?: string[]): ActionTemplate {
  return {
    id,
    title: `Title ${id}`,
    description: "",
    role: "TECHNICIAN",
    trigger: after ? { kind: "AFTER", actionIds: after } : { kind: "PHASE_START" },
    condition: null,
    due: { kind: "AFTER_AVAILABLE", days: 1 },
    capturesDate: null,
    emails: [],
  };
}
const phase = (id: string, actions: ActionTemplate[], goLive = false): Phase => ({ id, name: `Phase ${id}`, goLive, actions });

const at = (l: GraphLayout, id: string) => {
  const a = l.actions.find((x) => x.id === id);
  if (!a) throw new Error(`no node ${id}`);
  return a;
};
const band = (l: GraphLayout, id: string) => {
  const p = l.phases.find((x) => x.id === id);
  if (!p) throw new Error(`no band ${id}`);
  return p;
};

/** Every action inside its band, bands side by side in document order, arrows pointing right. */
function expectReadable(l: GraphLayout) {
  for (const a of l.actions) {
    const b = l.phases[a.phaseIndex];
    expect(b).toBeDefined();
    if (!b) continue;
    expect(a.x).toBeGreaterThanOrEqual(b.x);
    expect(a.x + NODE_WIDTH).toBeLessThanOrEqual(b.x + b.width);
    expect(a.y).toBeGreaterThanOrEqual(b.y);
    expect(a.y + NODE_HEIGHT).toBeLessThanOrEqual(b.y + b.height);
  }
  l.phases.slice(1).forEach((b, i) => {
    const before = l.phases[i];
    if (before) expect(b.x).toBeGreaterThanOrEqual(before.x + before.width);
  });
  for (const e of l.edges) if (!e.inCycle && !e.backwards) expect(at(l, e.target).x).toBeGreaterThan(at(l, e.source).x);
}

describe("layoutGraph", () => {
  it("places each action once, in its phase's band, left to right", () => {
    const doc: TemplateDocument = {
      phases: [
        phase("order", [action("check"), action("kick-off", ["check"])]),
        phase("install", [action("ship"), action("install", ["ship", "kick-off"])], true),
      ],
    };
    const l = layoutGraph(doc);
    expect(l.actions.map((a) => a.id)).toEqual(["check", "kick-off", "ship", "install"]);
    expect(at(l, "install").phaseIndex).toBe(1);
    expect(l.edges.map((e) => e.id)).toEqual([edgeId("check", "kick-off"), edgeId("ship", "install"), edgeId("kick-off", "install")]);
    expect(l.phases.map((p) => [p.id, p.empty])).toEqual([
      ["order", false],
      ["install", false],
    ]);
    // A PHASE_START action of a later phase still sits right of the earlier phase.
    expect(at(l, "ship").x).toBeGreaterThan(at(l, "kick-off").x);
    expectReadable(l);
  });

  it("keeps a band for an empty phase", () => {
    const l = layoutGraph({ phases: [phase("a", [action("x")]), phase("b", []), phase("c", [action("y")])] });
    expect(l.phases.map((p) => [p.id, p.empty])).toEqual([
      ["a", false],
      ["b", true],
      ["c", false],
    ]);
    expect(band(l, "b").width).toBeGreaterThanOrEqual(NODE_WIDTH);
    expectReadable(l);
  });

  it("draws nothing for missing, self or repeated references", () => {
    const l = layoutGraph({ phases: [phase("a", [action("x"), action("y", ["x", "x", "y", "ghost"])])] });
    expect(l.edges.map((e) => e.id)).toEqual([edgeId("x", "y")]);
  });

  it("flags the edges of a loop, and only those", () => {
    const l = layoutGraph({ phases: [phase("a", [action("start"), action("p", ["q", "start"]), action("q", ["p"]), action("after", ["q"])])] });
    const flagged = l.edges.filter((e) => e.inCycle).map((e) => e.id);
    expect(flagged.sort()).toEqual([edgeId("p", "q"), edgeId("q", "p")].sort());
  });

  it("flags a link into a later phase, and a loop through phases, without breaking the bands", () => {
    const l = layoutGraph({ phases: [phase("a", [action("x", ["y"])]), phase("b", [action("y", ["x"])])] });
    expect(l.edges.find((e) => e.id === edgeId("y", "x"))).toMatchObject({ backwards: true, inCycle: true });
    expect(l.edges.find((e) => e.id === edgeId("x", "y"))).toMatchObject({ backwards: false, inCycle: true });
    expect(at(l, "y").x).toBeGreaterThan(at(l, "x").x);
    expectReadable(l);
  });

  it("keeps the first of two actions that share an id", () => {
    const l = layoutGraph({ phases: [phase("a", [action("x"), action("x")])] });
    expect(l.actions).toHaveLength(1);
  });

  it("ignores titles, roles and due rules, so editing them does not move anything", () => {
    const doc: TemplateDocument = { phases: [phase("a", [action("x"), action("y", ["x"])])] };
    const renamed: TemplateDocument = {
      phases: [{ ...phase("a", []), name: "Renamed", actions: doc.phases[0]?.actions.map((a) => ({ ...a, title: "Other", role: "CUSTOMER" as const })) ?? [] }],
    };
    expect(graphShape(renamed)).toEqual(graphShape(doc));
  });

  it("lays out nothing for a template without phases", () => {
    expect(layoutGraph({ phases: [] })).toEqual({ actions: [], phases: [], edges: [] });
  });

  it("is deterministic and readable for any valid template", () => {
    fc.assert(
      fc.property(arbitraryTemplate({ maxPhases: 4, maxActionsPerPhase: 5 }), (doc) => {
        const l = layoutGraph(doc);
        expect(l.actions).toHaveLength(doc.phases.reduce((n, p) => n + p.actions.length, 0));
        expect(l.edges.some((e) => e.inCycle || e.backwards)).toBe(false);
        expectReadable(l);
        expect(layoutGraph(doc)).toEqual(l);
      }),
      // dagre takes tens of milliseconds per template; thirty shapes cover the gate logic.
      { numRuns: 30 },
    );
  }, 30_000);
});

describe("problemCounts", () => {
  it("counts the problems aimed at each action", () => {
    const problems: TemplateProblem[] = [
      { target: { kind: "action", id: "x" }, field: "trigger", message: "cycle" },
      { target: { kind: "action", id: "x" }, field: "due", message: "dueDateNeverCaptured" },
      { target: { kind: "action", id: "y" }, message: "unreachable" },
      { target: { kind: "phase", id: "x" }, message: "phaseEmpty" },
      { target: { kind: "template" }, message: "templateNoPhases" },
    ];
    expect(Object.fromEntries(problemCounts(problems))).toEqual({ x: 2, y: 1 });
  });
});
