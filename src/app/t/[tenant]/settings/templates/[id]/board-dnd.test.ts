import { describe, expect, it } from "vitest";
import { actionDndId, actionDrop, parseDndId, phaseDndId, phaseDrop } from "./board-dnd";
import { sampleDocument } from "./test-document";

describe("board drag and drop", () => {
  it("tells phases from actions by their dnd id", () => {
    expect(parseDndId(phaseDndId("p-1"))).toEqual({ kind: "phase", id: "p-1" });
    expect(parseDndId(actionDndId("a:b"))).toEqual({ kind: "action", id: "a:b" });
    expect(parseDndId("other")).toBeNull();
    expect(parseDndId(3)).toBeNull();
  });

  it("moves within a column to the place of the card it is over", () => {
    expect(actionDrop(sampleDocument(), "a", { kind: "action", id: "b" }, false)).toEqual({ phaseId: "order", index: 1, samePhase: true });
  });

  it("moves across columns above or below the card it is over", () => {
    const doc = sampleDocument();
    expect(actionDrop(doc, "a", { kind: "action", id: "d" }, false)).toEqual({ phaseId: "install", index: 1, samePhase: false });
    expect(actionDrop(doc, "a", { kind: "action", id: "d" }, true)).toEqual({ phaseId: "install", index: 2, samePhase: false });
  });

  it("goes to the end of a column dropped on as a whole", () => {
    const doc = sampleDocument();
    expect(actionDrop(doc, "a", { kind: "phase", id: "live" }, false)).toEqual({ phaseId: "live", index: 1, samePhase: false });
    expect(actionDrop(doc, "a", { kind: "phase", id: "order" }, false)).toEqual({ phaseId: "order", index: 1, samePhase: true });
    expect(actionDrop(doc, "zz", { kind: "phase", id: "order" }, false)).toBeNull();
  });

  it("places a phase where the column or card it is over stands", () => {
    const doc = sampleDocument();
    expect(phaseDrop(doc, { kind: "phase", id: "live" })).toBe(2);
    expect(phaseDrop(doc, { kind: "action", id: "c" })).toBe(1);
  });
});
