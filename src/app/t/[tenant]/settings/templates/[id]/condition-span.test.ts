import { describe, expect, it } from "vitest";
import { splitAtSpan } from "./condition-span";

describe("splitAtSpan", () => {
  it("cuts around the offending token", () => {
    expect(splitAtSpan("numbersToPort > x", { start: 16, end: 17 })).toEqual({ before: "numbersToPort > ", token: "x", after: "", missing: false });
  });

  it("marks a blank where something is missing", () => {
    expect(splitAtSpan("a >", { start: 3, end: 3 })).toEqual({ before: "a >", token: " ", after: "", missing: true });
  });

  it("clamps a span that no longer fits the text", () => {
    expect(splitAtSpan("abc", { start: 2, end: 10 })).toEqual({ before: "ab", token: "c", after: "", missing: false });
    expect(splitAtSpan("abc", { start: 9, end: 4 })).toMatchObject({ before: "abc", missing: true });
  });
});
