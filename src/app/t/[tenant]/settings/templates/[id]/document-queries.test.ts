import { describe, expect, it } from "vitest";
import { builderReducer } from "./builder-reducer";
import { locateAction, prerequisiteChoices, sameDocument, titlesOf } from "./document-queries";
import { after, sampleDocument } from "./test-document";

describe("document queries", () => {
  it("locates an action with its phase and place", () => {
    expect(locateAction(sampleDocument(), "d")).toMatchObject({ phase: { id: "install" }, phaseIndex: 1, index: 1 });
    expect(locateAction(sampleDocument(), "nope")).toBeUndefined();
  });

  it("offers the actions of the same and earlier phases as prerequisites", () => {
    const ids = prerequisiteChoices(sampleDocument(), "c").map((c) => `${c.id}${c.eligible ? "" : "!"}`);
    expect(ids).toEqual(["a", "b", "d"]);
  });

  it("keeps chosen prerequisites that are not allowed, so they can be removed", () => {
    const doc = builderReducer(sampleDocument(), { type: "updateAction", id: "a", patch: { trigger: after("e", "ghost") } });
    const choices = prerequisiteChoices(doc, "a");
    expect(choices.map((c) => `${c.id}${c.eligible ? "" : "!"}`)).toEqual(["b", "e!", "ghost!"]);
    expect(choices.find((c) => c.id === "e")?.phase).toBe("Phase live");
  });

  it("names prerequisites by title", () => {
    expect(titlesOf(sampleDocument(), ["b", "gone"])).toEqual(["Title b", "gone"]);
  });

  it("compares documents by content", () => {
    const doc = sampleDocument();
    expect(sameDocument(doc, sampleDocument())).toBe(true);
    expect(sameDocument(doc, builderReducer(doc, { type: "renamePhase", id: "order", name: "Ordered" }))).toBe(false);
  });
});
