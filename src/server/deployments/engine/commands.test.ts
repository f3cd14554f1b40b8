/** The rules a person's command is checked against before anything is written. */
import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { actionTemplate } from "@/server/templates/testing/factories";
import { blockAction, changeCapturedDate, changeProjectStatus, completeAction, mayWorkOn, moveDueDate, skipAction, startAction, unblockAction, type Actor, type CommandAction } from "./commands";

const tech: Actor = { membershipId: "m-tech", roles: ["TECHNICIAN"] };
const other: Actor = { membershipId: "m-sales", roles: ["SALES"] };
const manager: Actor = { membershipId: "m-boss", roles: ["MANAGER"] };
const open = (over: Partial<CommandAction> = {}): CommandAction => ({ key: "a", phaseKey: "p", status: "TODO", availableOn: "2026-12-01", dueDate: "2026-12-03", doneOn: null, dueMovedAt: null, role: "TECHNICIAN", assigneeId: "m-tech", ...over });

/** The message key a refusal carries, for the person's language. */
function refusal(f: () => unknown): { code: string; keys: string[] } {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, keys: Object.values(e.fieldErrors ?? {}).flat() };
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("who may work on an action", () => {
  it("lets the assignee, managers and admins, and colleagues holding the role", () => {
    expect(mayWorkOn(tech, open())).toBe(true);
    expect(mayWorkOn(manager, open())).toBe(true);
    expect(mayWorkOn({ membershipId: "m-tech2", roles: ["TECHNICIAN"] }, open())).toBe(true);
    expect(mayWorkOn(other, open())).toBe(false);
  });

  it("leaves customer and carrier actions to the sales admins who follow them", () => {
    expect(mayWorkOn({ membershipId: "x", roles: ["SALES_ADMIN"] }, open({ role: "CARRIER", assigneeId: null }))).toBe(true);
    expect(mayWorkOn({ membershipId: "x", roles: ["SALES_ADMIN"] }, open({ role: "CUSTOMER", assigneeId: null }))).toBe(true);
    expect(mayWorkOn(tech, open({ role: "CUSTOMER", assigneeId: null }))).toBe(false);
  });
});

describe("commands on an action", () => {
  it("refuses anything on an action not yet available, or already finished", () => {
    expect(refusal(() => startAction("ACTIVE", open({ availableOn: null, dueDate: null }), tech))).toEqual({ code: "CONFLICT", keys: ["actionNotAvailable"] });
    expect(refusal(() => completeAction("ACTIVE", open({ status: "DONE" }), actionTemplate("a"), tech, null))).toEqual({ code: "CONFLICT", keys: ["actionFinished"] });
    expect(refusal(() => blockAction("ACTIVE", open({ status: "SKIPPED" }), tech, "why"))).toEqual({ code: "CONFLICT", keys: ["actionFinished"] });
  });

  it("refuses everything on a project on hold or ended", () => {
    expect(refusal(() => startAction("ON_HOLD", open(), tech))).toEqual({ code: "CONFLICT", keys: ["projectNotActive"] });
    expect(refusal(() => startAction("LIVE", open(), tech))).toEqual({ code: "CONFLICT", keys: ["projectNotRunning"] });
    expect(refusal(() => skipAction("CANCELLED", open(), manager, "why"))).toEqual({ code: "CONFLICT", keys: ["projectNotRunning"] });
  });

  it("refuses someone else's action", () => {
    expect(refusal(() => completeAction("ACTIVE", open(), actionTemplate("a"), other, null))).toEqual({ code: "FORBIDDEN", keys: ["actionNotYours"] });
  });

  it("starts a to-do action once", () => {
    expect(startAction("ACTIVE", open(), tech)).toBe("IN_PROGRESS");
    expect(refusal(() => startAction("ACTIVE", open({ status: "IN_PROGRESS" }), tech)).keys).toEqual(["actionAlreadyStarted"]);
  });

  it("asks for the date an action captures, and records it under the template's key", () => {
    const template = actionTemplate("porting", { capturesDate: { key: "portingDate", label: "Porting date", expectedAfterDays: 5 } });
    expect(refusal(() => completeAction("ACTIVE", open(), template, tech, null))).toEqual({ code: "INVALID_INPUT", keys: ["capturedDateRequired"] });
    expect(completeAction("ACTIVE", open(), template, tech, "2026-12-14")).toEqual({ dateKey: "portingDate", value: "2026-12-14" });
    expect(completeAction("ACTIVE", open({ status: "BLOCKED" }), actionTemplate("a"), tech, null)).toBeNull();
  });

  it("blocks with a reason, once; unblocks to where it was", () => {
    expect(refusal(() => blockAction("ACTIVE", open(), tech, "   "))).toEqual({ code: "INVALID_INPUT", keys: ["reasonRequired"] });
    expect(blockAction("ACTIVE", open(), tech, "  No access to the site ")).toBe("No access to the site");
    expect(refusal(() => blockAction("ACTIVE", open({ status: "BLOCKED" }), tech, "again")).keys).toEqual(["actionAlreadyBlocked"]);
    expect(unblockAction("ACTIVE", open({ status: "BLOCKED" }), tech, true)).toBe("IN_PROGRESS");
    expect(unblockAction("ACTIVE", open({ status: "BLOCKED" }), tech, false)).toBe("TODO");
    expect(refusal(() => unblockAction("ACTIVE", open(), tech, false)).keys).toEqual(["actionNotBlocked"]);
  });

  it("moves a due date to today or later, with a reason", () => {
    expect(refusal(() => moveDueDate("ACTIVE", open(), tech, "2026-11-30", "late", "2026-12-01")).keys).toEqual(["dueDateInPast"]);
    expect(refusal(() => moveDueDate("ACTIVE", open(), tech, "2026-12-03", "same", "2026-12-01")).keys).toEqual(["dueDateUnchanged"]);
    expect(refusal(() => moveDueDate("ACTIVE", open(), tech, "2026-12-08", "", "2026-12-01")).keys).toEqual(["reasonRequired"]);
    expect(moveDueDate("ACTIVE", open(), tech, "2026-12-01", "Customer away", "2026-12-01")).toBe("Customer away");
  });

  it("lets only managers and admins skip, with a reason, even an action not yet available", () => {
    expect(refusal(() => skipAction("ACTIVE", open(), tech, "not needed")).keys).toEqual(["skipNeedsManager"]);
    expect(refusal(() => skipAction("ACTIVE", open(), manager, "")).keys).toEqual(["reasonRequired"]);
    expect(skipAction("ACTIVE", open({ availableOn: null, dueDate: null }), manager, "No porting after all")).toBe("No porting after all");
  });
});

describe("commands on a project", () => {
  it("changes a captured date only once captured, and only to another value", () => {
    const project = { status: "ACTIVE" as const, capturedDates: { portingDate: "2026-12-14" } };
    expect(changeCapturedDate(project, "portingDate", "2026-12-21")).toBe("2026-12-14");
    expect(refusal(() => changeCapturedDate(project, "installationDate", "2026-12-21")).keys).toEqual(["capturedDateUnknown"]);
    expect(refusal(() => changeCapturedDate(project, "portingDate", "2026-12-14")).keys).toEqual(["capturedDateUnchanged"]);
  });

  it("holds and cancels with a reason, resumes only what is on hold, never touches an ended project", () => {
    expect(changeProjectStatus("ACTIVE", "hold", "Customer moving")).toEqual({ status: "ON_HOLD", reason: "Customer moving" });
    expect(refusal(() => changeProjectStatus("ACTIVE", "hold", " ")).keys).toEqual(["reasonRequired"]);
    expect(refusal(() => changeProjectStatus("ON_HOLD", "hold", "again")).keys).toEqual(["projectAlreadyOnHold"]);
    expect(changeProjectStatus("ON_HOLD", "resume", null)).toEqual({ status: "ACTIVE", reason: null });
    expect(refusal(() => changeProjectStatus("ACTIVE", "resume", null)).keys).toEqual(["projectNotOnHold"]);
    expect(changeProjectStatus("ON_HOLD", "cancel", "Deal withdrawn")).toEqual({ status: "CANCELLED", reason: "Deal withdrawn" });
    expect(refusal(() => changeProjectStatus("LIVE", "cancel", "x")).keys).toEqual(["projectNotRunning"]);
  });
});
