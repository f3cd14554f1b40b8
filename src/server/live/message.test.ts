import { describe, expect, it } from "vitest";
import { changeConcerns, liveChannel, parseChange, type LiveChange } from "./message";

const tenantId = "0190a000-0000-7000-8000-000000000001";
const project = "0190a000-0000-7000-8000-000000000002";
const otherProject = "0190a000-0000-7000-8000-000000000003";
const member = "0190a000-0000-7000-8000-000000000004";
const otherMember = "0190a000-0000-7000-8000-000000000005";
const change: LiveChange = { tenantId, projectIds: [project], membershipIds: [member], at: 1_700_000_000_000 };

describe("parseChange", () => {
  it("reads a well-formed change", () => {
    expect(parseChange(JSON.stringify(change))).toEqual(change);
  });

  it.each([
    ["not JSON", "{nope"],
    ["not an object", "42"],
    ["a missing field", JSON.stringify({ tenantId, projectIds: [], at: 1 })],
    ["a tenant that is not an id", JSON.stringify({ ...change, tenantId: "acme" })],
    ["a project that is not an id", JSON.stringify({ ...change, projectIds: ["x"] })],
    ["a negative time", JSON.stringify({ ...change, at: -1 })],
  ])("refuses %s", (_label, raw) => {
    expect(parseChange(raw)).toBeNull();
  });

  it("drops fields it does not know", () => {
    expect(parseChange(JSON.stringify({ ...change, html: "<b>" }))).toEqual(change);
  });
});

describe("changeConcerns", () => {
  it("concerns a project page when its project changed, whoever it concerns", () => {
    expect(changeConcerns(change, { projectId: project, membershipId: otherMember })).toBe(true);
    expect(changeConcerns(change, { projectId: otherProject, membershipId: member })).toBe(false);
  });

  it("concerns My day when its member is named", () => {
    expect(changeConcerns(change, { membershipId: member })).toBe(true);
    expect(changeConcerns(change, { membershipId: otherMember })).toBe(false);
  });

  it("concerns nobody when it names nobody", () => {
    const empty = { ...change, projectIds: [], membershipIds: [] };
    expect(changeConcerns(empty, { projectId: project, membershipId: member })).toBe(false);
    expect(changeConcerns(empty, { membershipId: member })).toBe(false);
  });
});

describe("liveChannel", () => {
  it("is one channel per tenant under the queue prefix", () => {
    expect(liveChannel("{sb}", tenantId)).toBe(`{sb}:live:${tenantId}`);
  });
});
