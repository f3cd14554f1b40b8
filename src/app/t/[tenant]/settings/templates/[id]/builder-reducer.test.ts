import { describe, expect, it } from "vitest";
import { builderReducer } from "./builder-reducer";
import { locateAction } from "./document-queries";
import { action, after, layout, phase, sampleDocument } from "./test-document";

describe("builderReducer", () => {
  it("adds an action at the end of its phase", () => {
    const doc = builderReducer(sampleDocument(), { type: "addAction", phaseId: "install", action: action("n") });
    expect(layout(doc)).toEqual(["order: a b", "install: c d n", "live: e"]);
  });

  it("updates one action and leaves the others untouched", () => {
    const before = sampleDocument();
    const doc = builderReducer(before, { type: "updateAction", id: "d", patch: { title: "Wire the rack", condition: "onSite" } });
    expect(locateAction(doc, "d")?.action).toMatchObject({ title: "Wire the rack", condition: "onSite", role: "TECHNICIAN" });
    expect(locateAction(doc, "c")?.action).toBe(locateAction(before, "c")?.action);
  });

  it("deletes an action and forgets it in the others' prerequisites", () => {
    const start = builderReducer(sampleDocument(), { type: "updateAction", id: "d", patch: { trigger: after("a", "c") } });
    const doc = builderReducer(start, { type: "deleteAction", id: "a" });
    expect(layout(doc)).toEqual(["order: b", "install: c d", "live: e"]);
    // Waiting for nothing left means starting with the phase; waiting for others keeps them.
    expect(locateAction(doc, "b")?.action.trigger).toEqual({ kind: "PHASE_START" });
    expect(locateAction(doc, "d")?.action.trigger).toEqual(after("c"));
  });

  it("moves an action within its phase, array-move style", () => {
    const down = builderReducer(sampleDocument(), { type: "moveAction", id: "a", toPhaseId: "order", toIndex: 1 });
    expect(layout(down)).toEqual(["order: b a", "install: c d", "live: e"]);
    const up = builderReducer(down, { type: "moveAction", id: "a", toPhaseId: "order", toIndex: 0 });
    expect(layout(up)).toEqual(["order: a b", "install: c d", "live: e"]);
  });

  it("moves an action across phases, clamping the index", () => {
    const doc = builderReducer(sampleDocument(), { type: "moveAction", id: "b", toPhaseId: "install", toIndex: 1 });
    expect(layout(doc)).toEqual(["order: a", "install: c b d", "live: e"]);
    const end = builderReducer(doc, { type: "moveAction", id: "a", toPhaseId: "live", toIndex: 99 });
    expect(layout(end)).toEqual(["order:", "install: c b d", "live: e a"]);
  });

  it("ignores moves to or of things that do not exist", () => {
    const doc = sampleDocument();
    expect(builderReducer(doc, { type: "moveAction", id: "zz", toPhaseId: "order", toIndex: 0 })).toBe(doc);
    expect(builderReducer(doc, { type: "moveAction", id: "a", toPhaseId: "nowhere", toIndex: 0 })).toBe(doc);
    expect(builderReducer(doc, { type: "movePhase", id: "nowhere", toIndex: 0 })).toBe(doc);
    expect(builderReducer(doc, { type: "deletePhase", id: "nowhere" })).toBe(doc);
  });

  it("adds, renames, moves and deletes phases", () => {
    let doc = builderReducer(sampleDocument(), { type: "addPhase", phase: phase("extra", []) });
    doc = builderReducer(doc, { type: "renamePhase", id: "extra", name: "Training" });
    doc = builderReducer(doc, { type: "movePhase", id: "extra", toIndex: 1 });
    expect(doc.phases.map((p) => p.name)).toEqual(["Phase order", "Training", "Phase install", "Phase live"]);
    doc = builderReducer(doc, { type: "movePhase", id: "order", toIndex: -3 });
    expect(doc.phases[0]?.id).toBe("order");
  });

  it("deleting a phase deletes its actions and forgets them elsewhere", () => {
    const doc = builderReducer(sampleDocument(), { type: "deletePhase", id: "order" });
    expect(layout(doc)).toEqual(["install: c d", "live: e"]);
    expect(locateAction(doc, "c")?.action.trigger).toEqual({ kind: "PHASE_START" });
  });

  it("keeps a single Go-Live phase", () => {
    const doc = builderReducer(sampleDocument(), { type: "setGoLive", id: "install", goLive: true });
    expect(doc.phases.map((p) => p.goLive)).toEqual([false, true, false]);
    const none = builderReducer(doc, { type: "setGoLive", id: "install", goLive: false });
    expect(none.phases.map((p) => p.goLive)).toEqual([false, false, false]);
  });

  it("unmarking a phase leaves another marked one alone (two may come from an imported file)", () => {
    const two = { phases: [phase("x", [], { goLive: true }), phase("y", [], { goLive: true })] };
    expect(builderReducer(two, { type: "setGoLive", id: "x", goLive: false }).phases.map((p) => p.goLive)).toEqual([false, true]);
  });

  it("replaces the whole document", () => {
    const other = { phases: [] };
    expect(builderReducer(sampleDocument(), { type: "replace", document: other })).toBe(other);
  });

  it("carries due rules along when the date they refer to is renamed", () => {
    const porting = (label: string, key: string) => ({ capturesDate: { key, label, expectedAfterDays: 5 } });
    let doc = builderReducer(sampleDocument(), { type: "updateAction", id: "a", patch: porting("Porting date", "portingDate") });
    doc = builderReducer(doc, { type: "updateAction", id: "d", patch: { due: { kind: "RELATIVE_TO_DATE", dateKey: "portingDate", days: -2 } } });
    doc = builderReducer(doc, { type: "updateAction", id: "a", patch: porting("Date de portage", "dateDePortage") });
    expect(locateAction(doc, "d")?.action.due).toEqual({ kind: "RELATIVE_TO_DATE", dateKey: "dateDePortage", days: -2 });
    // No longer capturing a date leaves the rule pointing at it, for the validator to name.
    doc = builderReducer(doc, { type: "updateAction", id: "a", patch: { capturesDate: null } });
    expect(locateAction(doc, "d")?.action.due).toEqual({ kind: "RELATIVE_TO_DATE", dateKey: "dateDePortage", days: -2 });
  });
});
