import { describe, expect, it } from "vitest";
import { templateDocumentSchema } from "@/server/templates/document";
import { idsOf, newAction, newPhase, uniqueId } from "./new-items";
import { sampleDocument } from "./test-document";

describe("new builder items", () => {
  it("lists every phase and action id", () => {
    expect([...idsOf(sampleDocument())].sort()).toEqual(["a", "b", "c", "d", "e", "install", "live", "order"]);
  });

  it("draws again when an id is taken", () => {
    const draws = ["1", "1", "2"];
    expect(uniqueId(new Set(["a-1"]), "a", () => draws.shift() ?? "x")).toBe("a-2");
  });

  it("gives a new action sensible, schema-valid defaults", () => {
    const a = newAction(sampleDocument(), "Survey the site");
    expect(a).toMatchObject({ title: "Survey the site", role: "TECHNICIAN", trigger: { kind: "PHASE_START" }, due: { kind: "AFTER_AVAILABLE", days: 2 } });
    expect(a.id).toMatch(/^a-[0-9a-f]{8}$/);
    const doc = { phases: [{ ...newPhase(sampleDocument(), "Survey"), actions: [a] }] };
    expect(templateDocumentSchema.safeParse(doc).success).toBe(true);
  });
});
