/**
 * Tests for the pipeline: stage order and defaults, which manual stage changes are allowed
 * (Won only through Mark Won, Lost with a reason, Won is final), and the probabilities form.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import type { DealStage } from "@/generated/prisma/enums";
import { AppError } from "@/server/errors";
import { DEFAULT_PROBABILITIES, OPEN_STAGES, PIPELINE_STAGES, assertStageChange, isOpenStage, probabilitiesInput } from "./stages";

function refusal(fn: () => void): { code: string; fieldErrors: unknown } | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { code: e.code, fieldErrors: e.fieldErrors };
  }
}

describe("stages", () => {
  it("lists the six stages in board order, the first four open", () => {
    expect(PIPELINE_STAGES).toEqual(["NEW", "QUALIFIED", "PROPOSAL_SENT", "NEGOTIATION", "WON", "LOST"]);
    expect(OPEN_STAGES).toEqual(PIPELINE_STAGES.slice(0, 4));
    expect(PIPELINE_STAGES.filter(isOpenStage)).toEqual(OPEN_STAGES);
  });

  it("has default probabilities that rise along the pipeline and pass the form's own rules", () => {
    expect(DEFAULT_PROBABILITIES).toEqual({ NEW: 10, QUALIFIED: 25, PROPOSAL_SENT: 50, NEGOTIATION: 75, WON: 100, LOST: 0 });
    expect(probabilitiesInput.parse(DEFAULT_PROBABILITIES)).toEqual(DEFAULT_PROBABILITIES);
  });
});

describe("assertStageChange", () => {
  const stage = fc.constantFrom(...PIPELINE_STAGES);

  it("allows any move between open stages, forwards and backwards", () => {
    for (const from of OPEN_STAGES) for (const to of OPEN_STAGES) expect(refusal(() => assertStageChange(from, to, null))).toBeNull();
  });

  it("treats staying on the same stage as a no-op, even Won and Lost without a reason", () => {
    for (const s of PIPELINE_STAGES) expect(refusal(() => assertStageChange(s, s, undefined))).toBeNull();
  });

  it("keeps a won deal where it is (conflict)", () => {
    for (const to of PIPELINE_STAGES.filter((s) => s !== "WON")) {
      expect(refusal(() => assertStageChange("WON", to, "changed our mind"))).toEqual({
        code: "CONFLICT",
        fieldErrors: { stage: ["dealWonReadOnly"] },
      });
    }
  });

  it("sends a move to Won through Mark Won", () => {
    for (const from of [...OPEN_STAGES, "LOST" as const]) {
      expect(refusal(() => assertStageChange(from, "WON", null))).toEqual({ code: "INVALID_INPUT", fieldErrors: { stage: ["dealUseMarkWon"] } });
    }
  });

  it.each([null, undefined, "", "   ", "\n\t"])("asks for a reason when losing a deal (%j)", (reason) => {
    expect(refusal(() => assertStageChange("NEGOTIATION", "LOST", reason))).toEqual({
      code: "INVALID_INPUT",
      fieldErrors: { lostReason: ["lostReasonRequired"] },
    });
  });

  it("loses a deal with a reason and reopens it later", () => {
    expect(refusal(() => assertStageChange("PROPOSAL_SENT", "LOST", "Chose a competitor"))).toBeNull();
    for (const to of OPEN_STAGES) expect(refusal(() => assertStageChange("LOST", to, null))).toBeNull();
  });

  it("never lets a deal reach Won, and never lets Won go, whatever the move", () => {
    fc.assert(
      fc.property(stage, stage, fc.option(fc.string(), { nil: undefined }), (from: DealStage, to: DealStage, reason) => {
        const r = refusal(() => assertStageChange(from, to, reason));
        if (from !== to && (from === "WON" || to === "WON")) expect(r).not.toBeNull();
        if (from !== to && to === "LOST" && from !== "WON") expect(r === null).toBe(Boolean(reason?.trim()));
      }),
    );
  });
});

describe("probabilitiesInput", () => {
  const valid = { NEW: 5, QUALIFIED: 20, PROPOSAL_SENT: 60, NEGOTIATION: 90, WON: 100, LOST: 0 };
  const errors = (v: unknown) => {
    const r = probabilitiesInput.safeParse(v);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
  };

  it("accepts 0 and 100 on open stages", () => {
    expect(errors({ ...valid, NEW: 0, NEGOTIATION: 100 })).toEqual({});
  });

  it.each([-1, 101, 12.5, Number.NaN, Number.POSITIVE_INFINITY, "50", null])("refuses %j on an open stage", (p) => {
    expect(errors({ ...valid, QUALIFIED: p })).toEqual({ QUALIFIED: "probabilityRange" });
  });

  it("refuses a missing stage", () => {
    const { NEGOTIATION: _, ...rest } = valid;
    expect(errors(rest)).toEqual({ NEGOTIATION: "probabilityRange" });
  });

  it("keeps Won at 100 and Lost at 0", () => {
    expect(errors({ ...valid, WON: 90, LOST: 5 })).toEqual({ WON: "probabilityFixed", LOST: "probabilityFixed" });
    expect(errors({ ...valid, WON: "100" })).toEqual({ WON: "probabilityFixed" });
  });

  it("accepts exactly the integers 0 to 100 on every open stage", () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPEN_STAGES), fc.double({ min: -1000, max: 1000 }), (s, p) => {
        expect(probabilitiesInput.safeParse({ ...valid, [s]: p }).success).toBe(Number.isInteger(p) && p >= 0 && p <= 100);
      }),
    );
  });
});
