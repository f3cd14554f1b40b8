import { describe, expect, it } from "vitest";
import { templateDocumentSchema } from "@/server/templates/document";
import { validateTemplate } from "@/server/templates/validate";
import { builderReducer } from "./builder-reducer";
import { hasCycle, indexProblems, problemEntries, problemKey, problemsFromFieldErrors, schemaProblems, type BuilderProblem } from "./problems";
import { action, after, phase, sampleDocument } from "./test-document";

describe("builder problems", () => {
  it("index validator problems by card and column, once each", () => {
    const doc = builderReducer(sampleDocument(), { type: "updateAction", id: "a", patch: { trigger: after("b") } });
    const problems = validateTemplate(doc, []);
    const index = indexProblems([...problems, ...problems]);
    expect(index.actions.get("a")?.map((p) => problemKey(p.message))).toEqual(["cycle"]);
    expect(index.actions.get("b")?.map((p) => problemKey(p.message))).toEqual(["cycle"]);
    expect(hasCycle(problems)).toBe(true);
    expect(index.template).toEqual([]);
  });

  it("put the document's form problems on their card or column", () => {
    let doc = builderReducer(sampleDocument(), { type: "updateAction", id: "c", patch: { title: " ", due: { kind: "AFTER_AVAILABLE", days: 999 } } });
    doc = builderReducer(doc, { type: "renamePhase", id: "live", name: "" });
    const parsed = templateDocumentSchema.safeParse(doc);
    expect(parsed.success).toBe(false);
    const placed = schemaProblems(doc, parsed.error?.issues ?? []);
    expect(placed).toEqual(
      expect.arrayContaining([
        { target: { kind: "action", id: "c" }, field: "title", message: "actionTitle" },
        { target: { kind: "action", id: "c" }, field: "due", message: "dueDays" },
        { target: { kind: "phase", id: "live" }, field: "name", message: "phaseName" },
      ]),
    );
    expect(schemaProblems(doc, [{ path: ["phases"], message: "tooManyPhases" }])).toEqual([{ target: { kind: "template" }, message: "tooManyPhases" }]);
  });

  it("read the server's publish errors in the same places", () => {
    expect(problemsFromFieldErrors({ "action.a-1.trigger": ["cycle?actions=x"], "phase.p.goLive": ["goLiveTwice?phases=y"], _: ["templateNoPhases"] })).toEqual([
      { target: { kind: "action", id: "a-1" }, field: "trigger", message: "cycle?actions=x" },
      { target: { kind: "phase", id: "p" }, field: "goLive", message: "goLiveTwice?phases=y" },
      { target: { kind: "template" }, message: "templateNoPhases" },
    ]);
  });

  it("list every problem once for the panel, in reading order, naming the phase and card", () => {
    // c waits for a later phase, e's condition names an attribute the type lacks, the live phase is empty…
    let doc = builderReducer(sampleDocument(), { type: "updateAction", id: "c", patch: { trigger: after("e"), condition: "nope" } });
    doc = builderReducer(doc, { type: "addPhase", phase: phase("empty", []) });
    const problems: BuilderProblem[] = [
      // …the form's and the server's arrive in whatever order, and repeat the validator.
      { target: { kind: "action", id: "c" }, field: "title", message: "actionTitle" },
      ...validateTemplate(doc, []),
      { target: { kind: "template" }, message: "templateChangedMeanwhile" },
      { target: { kind: "action", id: "gone" }, field: "due", message: "dueDays" },
      ...validateTemplate(doc, []),
    ];
    const entries = problemEntries(doc, indexProblems(problems));
    expect(entries.map((e) => [e.phase ?? null, e.action ?? null, e.problem.field ?? null, problemKey(e.problem.message), e.focus])).toEqual([
      [null, null, null, "templateChangedMeanwhile", null],
      ["Phase install", "Title c", "title", "actionTitle", { kind: "action", id: "c" }],
      ["Phase install", "Title c", "trigger", "afterLaterPhase", { kind: "action", id: "c" }],
      ["Phase install", "Title c", "condition", "conditionUnknownAttribute", { kind: "action", id: "c" }],
      ["Phase empty", null, "actions", "phaseEmpty", { kind: "phase", id: "empty" }],
    ]);
  });

  it("name a card by its current title and phase", () => {
    const doc = builderReducer(sampleDocument(), { type: "addAction", phaseId: "live", action: action("n", { title: "Hand over", trigger: after("n") }) });
    const [entry] = problemEntries(doc, indexProblems(validateTemplate(doc, [])));
    expect(entry).toMatchObject({ phase: "Phase live", action: "Hand over", focus: { kind: "action", id: "n" } });
  });
});
