/**
 * Tests for template conditions: what parses (and how tightly each operator binds), every
 * syntax and type error with the token it underlines, and what a condition evaluates to —
 * including for a line that lacks a value.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import type { AttributeSchema, AttributeValues } from "@/server/crm/attributes";
import { msg } from "@/server/errors";
import { checkCondition, conditionAttributes, evaluateCondition, parseCondition, type ConditionNode } from ".";

const schema: AttributeSchema = [
  { key: "extensions", label: "Extensions", type: "number", required: true },
  { key: "numbersToPort", label: "Numbers to port", type: "number", required: false },
  { key: "onSiteInstallation", label: "On-site installation", type: "boolean", required: false },
  { key: "siteAddress", label: "Site address", type: "text", required: false },
  { key: "bandwidth", label: "Bandwidth", type: "select", options: ["100M", "200M", "500M", "1G"], required: false },
  { key: "goLiveWanted", label: "Wanted go-live", type: "date", required: false },
  { key: "a", label: "A", type: "boolean", required: false },
  { key: "b", label: "B", type: "boolean", required: false },
  { key: "c", label: "C", type: "boolean", required: false },
];

/** The unknown-attribute message lists the schema's attributes by label, with the name to type. */
const unknown = (name: string) =>
  msg("conditionUnknownAttribute", {
    name,
    attributes: "Extensions (extensions), Numbers to port (numbersToPort), On-site installation (onSiteInstallation), Site address (siteAddress), Bandwidth (bandwidth), Wanted go-live (goLiveWanted), A (a), B (b), C (c)",
    count: 9,
  });

/** The AST without positions, to compare shapes. */
function shape(node: ConditionNode): unknown {
  return JSON.parse(JSON.stringify(node, (k: string, v: unknown) => (k === "start" || k === "end" || k === "opSpan" ? undefined : v)));
}
function ast(source: string): unknown {
  const r = parseCondition(source);
  if (!r.ok) throw new Error(`${source}: ${r.error.message}`);
  return shape(r.ast);
}
const attr = (name: string) => ({ kind: "attribute", name });
const lit = (value: number | string | boolean) => ({ kind: "literal", value });
const cmp = (left: object, op: string, right: object) => ({ kind: "compare", op, left, right });

/** The error as its message and the source text it underlines. */
function problem(source: string, s: AttributeSchema = schema) {
  const e = checkCondition(source, s);
  return e && { message: e.message, at: source.slice(e.start, e.end), start: e.start, end: e.end };
}

describe("parseCondition", () => {
  it("parses the examples of the design", () => {
    expect(ast("numbersToPort > 0")).toEqual(cmp(attr("numbersToPort"), ">", lit(0)));
    expect(ast("onSiteInstallation")).toEqual(attr("onSiteInstallation"));
    expect(ast("not onSiteInstallation and extensions >= 10")).toEqual({
      kind: "and",
      left: { kind: "not", operand: attr("onSiteInstallation") },
      right: cmp(attr("extensions"), ">=", lit(10)),
    });
    expect(ast('bandwidth in ["500M", "1G"]')).toEqual({ kind: "in", negated: false, subject: attr("bandwidth"), list: [lit("500M"), lit("1G")] });
    expect(ast("(a or b) and c")).toEqual({ kind: "and", left: { kind: "or", left: attr("a"), right: attr("b") }, right: attr("c") });
    expect(ast('goLiveWanted < "2027-01-01"')).toEqual(cmp(attr("goLiveWanted"), "<", lit("2027-01-01")));
  });

  it("binds not tighter than and, and tighter than or, left to right", () => {
    expect(ast("a or b and c")).toEqual({ kind: "or", left: attr("a"), right: { kind: "and", left: attr("b"), right: attr("c") } });
    expect(ast("a and b or c")).toEqual({ kind: "or", left: { kind: "and", left: attr("a"), right: attr("b") }, right: attr("c") });
    expect(ast("a or b or c")).toEqual({ kind: "or", left: { kind: "or", left: attr("a"), right: attr("b") }, right: attr("c") });
    expect(ast("not a or b")).toEqual({ kind: "or", left: { kind: "not", operand: attr("a") }, right: attr("b") });
    expect(ast("not not a")).toEqual({ kind: "not", operand: { kind: "not", operand: attr("a") } });
    expect(ast("not extensions > 3")).toEqual({ kind: "not", operand: cmp(attr("extensions"), ">", lit(3)) });
    expect(ast("not (a or b)")).toEqual({ kind: "not", operand: { kind: "or", left: attr("a"), right: attr("b") } });
  });

  it("reads keywords in any case, == as =, and every comparison", () => {
    expect(ast("NOT a AND b Or C")).toEqual({ kind: "or", left: { kind: "and", left: { kind: "not", operand: attr("a") }, right: attr("b") }, right: attr("C") });
    expect(ast("a == TRUE")).toEqual(cmp(attr("a"), "=", lit(true)));
    for (const op of ["=", "!=", "<", "<=", ">", ">="]) expect(ast(`x ${op} 1`)).toEqual(cmp(attr("x"), op, lit(1)));
    expect(ast("x<=1")).toEqual(cmp(attr("x"), "<=", lit(1)));
  });

  it("reads negative and decimal numbers, both quotes, booleans and not in", () => {
    expect(ast("x > -2.5")).toEqual(cmp(attr("x"), ">", lit(-2.5)));
    expect(ast("x>-1")).toEqual(cmp(attr("x"), ">", lit(-1)));
    expect(ast("x = 0.75")).toEqual(cmp(attr("x"), "=", lit(0.75)));
    expect(ast(`x = 'say "hi"'`)).toEqual(cmp(attr("x"), "=", lit('say "hi"')));
    expect(ast(`x = "l'accès"`)).toEqual(cmp(attr("x"), "=", lit("l'accès")));
    expect(ast('x = ""')).toEqual(cmp(attr("x"), "=", lit("")));
    expect(ast("false")).toEqual(lit(false));
    expect(ast("x not in [1, 'a', true]")).toEqual({ kind: "in", negated: true, subject: attr("x"), list: [lit(1), lit("a"), lit(true)] });
  });

  it("records where each node is in the source", () => {
    const r = parseCondition("  not bandwidth in ['1G']");
    expect(r.ok && r.ast).toMatchObject({ kind: "not", start: 2, end: 25, operand: { start: 6, end: 25, opSpan: { start: 16, end: 18 }, subject: { start: 6, end: 15 }, list: [{ start: 20, end: 24 }] } });
  });

  it.each([
    ["", "conditionEmpty", ""],
    ["   ", "conditionEmpty", "   "],
    ["a # b", "conditionUnexpectedCharacter?char=%23", "#"],
    ["x = 😀", "conditionUnexpectedCharacter?char=%F0%9F%98%80", "😀"],
    ["a && b", "conditionUseKeyword?symbol=%26%26&keyword=and", "&&"],
    ["a || b", "conditionUseKeyword?symbol=%7C%7C&keyword=or", "||"],
    ["!a", "conditionUseKeyword?symbol=%21&keyword=not", "!"],
    ['siteAddress = "Paris', "conditionUnclosedString", '"Paris'],
    ["bandwidth = 1G", "conditionUnquotedText?text=1G", "1G"],
    ["x = 1.2.3", "conditionUnquotedText?text=1.2.3", "1.2.3"],
    ["extensions >", "conditionUnexpectedEnd", ""],
    ["a and", "conditionUnexpectedEnd", ""],
    ["not", "conditionUnexpectedEnd", ""],
    ["extensions > > 1", "conditionExpectedValue?token=%3E", ">"],
    ["and a", "conditionExpectedValue?token=and", "and"],
    ["()", "conditionExpectedValue?token=%29", ")"],
    ["x = [1]", "conditionExpectedValue?token=%5B", "["],
    ["extensions 10", "conditionExpectedOperator?token=10", "10"],
    ["a b", "conditionExpectedOperator?token=b", "b"],
    ["x = 1 = 2", "conditionExpectedOperator?token=%3D", "="],
    ["a not b", "conditionExpectedOperator?token=not", "not"],
    ["(a or b c)", "conditionExpectedOperator?token=c", "c"],
    ["(a or (b)", "conditionUnclosedParen", "("],
    ["a)", "conditionUnmatchedParen", ")"],
    ["x in 1", "conditionExpectedList?token=1", "1"],
    ["x in", "conditionUnexpectedEnd", ""],
    ["x in []", "conditionEmptyList", "[]"],
    ["x in [ ]", "conditionEmptyList", "[ ]"],
    ["x in [fibre]", "conditionListValue?token=fibre", "fibre"],
    ["x in ['a',]", "conditionListValue?token=%5D", "]"],
    ["x in ['a' 'b']", "conditionExpectedComma?token=%27b%27", "'b'"],
    ["x in ['a'", "conditionUnclosedList", "["],
    ["x in ['a',", "conditionUnclosedList", "["],
  ])("refuses %j: %s", (source, message, at) => {
    const r = parseCondition(source);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toBe(message);
    expect(source.slice(r.error.start, r.error.end)).toBe(at);
    // checkCondition reports the same syntax error.
    expect(checkCondition(source, schema)).toEqual(r.error);
  });

  it("puts an error at the end of the source when something is missing there", () => {
    expect(parseCondition("extensions >  ")).toEqual({ ok: false, error: { message: "conditionUnexpectedEnd", start: 14, end: 14 } });
  });

  it("never throws, and always points inside the source", () => {
    const alphabet = fc.constantFrom(..."ab xy()[],'\"=!<>-.019 andornotin&|#".split(""));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet })), (source) => {
        const r = parseCondition(source);
        if (!r.ok) {
          expect(r.error.start).toBeGreaterThanOrEqual(0);
          expect(r.error.end).toBeGreaterThanOrEqual(r.error.start);
          expect(r.error.end).toBeLessThanOrEqual(source.length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

// A printer with as few parentheses as precedence allows, so the round trip also tests precedence.
const PRECEDENCE = { or: 1, and: 2, not: 3 } as const;
function print(node: ConditionNode, context = 0): string {
  const wrap = (level: number, text: string) => (level < context ? `(${text})` : text);
  switch (node.kind) {
    case "attribute":
      return node.name;
    case "literal":
      if (typeof node.value !== "string") return String(node.value);
      return node.value.includes('"') ? `'${node.value}'` : `"${node.value}"`;
    case "not":
      return wrap(PRECEDENCE.not, `not ${print(node.operand, PRECEDENCE.not)}`);
    case "and":
    case "or": {
      const level = PRECEDENCE[node.kind];
      return wrap(level, `${print(node.left, level)} ${node.kind} ${print(node.right, level + 1)}`);
    }
    case "compare":
      return `${print(node.left)} ${node.op} ${print(node.right)}`;
    case "in":
      return `${print(node.subject)} ${node.negated ? "not in" : "in"} [${node.list.map((i) => print(i)).join(", ")}]`;
  }
}

const span = { start: 0, end: 0 };
const KEYWORDS = new Set(["and", "or", "not", "in", "true", "false"]);
const name = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,6}$/).filter((n) => !KEYWORDS.has(n.toLowerCase()));
const literalArb = fc.oneof(
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
  fc.string({ maxLength: 8 }).filter((s) => !(s.includes('"') && s.includes("'"))),
  fc.boolean(),
).map((value) => ({ kind: "literal" as const, value, ...span }));
const valueArb = fc.oneof(name.map((n) => ({ kind: "attribute" as const, name: n, ...span })), literalArb);
const opArb = fc.constantFrom("=" as const, "!=" as const, "<" as const, "<=" as const, ">" as const, ">=" as const);
const { node: nodeArb } = fc.letrec<{ node: ConditionNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    valueArb,
    fc.record({ left: valueArb, op: opArb, right: valueArb }).map((c) => ({ kind: "compare" as const, ...c, opSpan: span, ...span })),
    fc
      .record({ subject: valueArb, negated: fc.boolean(), list: fc.array(literalArb, { minLength: 1, maxLength: 3 }) })
      .map((c) => ({ kind: "in" as const, ...c, opSpan: span, ...span })),
    tie("node").map((operand) => ({ kind: "not" as const, operand, ...span })),
    fc.record({ kind: fc.constantFrom("and" as const, "or" as const), left: tie("node"), right: tie("node") }).map((b) => ({ ...b, ...span })),
  ),
}));

describe("parse ∘ print", () => {
  it("gives back the same tree", () => {
    fc.assert(
      fc.property(nodeArb, (node) => {
        const source = print(node);
        const r = parseCondition(source);
        expect(r.ok, source).toBe(true);
        if (r.ok) expect(shape(r.ast)).toEqual(shape(node));
      }),
      { numRuns: 500 },
    );
  });
});

describe("checkCondition", () => {
  it.each([
    "numbersToPort > 0",
    "onSiteInstallation",
    "not onSiteInstallation and extensions >= 10",
    'bandwidth in ["500M", "1G"]',
    "bandwidth not in ['100M']",
    "(a or b) and c",
    'goLiveWanted < "2027-01-01"',
    'goLiveWanted >= "2024-02-29"',
    "0 < extensions",
    "extensions != numbersToPort",
    "onSiteInstallation = false",
    "true",
    'siteAddress = "Paris" or siteAddress != bandwidth',
    'siteAddress in ["Paris", "Lyon"]',
    'bandwidth = "1G"',
    '"1G" = bandwidth',
    "extensions = -1.5",
  ])("accepts %j", (source) => {
    expect(checkCondition(source, schema)).toBeNull();
  });

  it.each([
    ["portedNumbers > 0", unknown("portedNumbers"), "portedNumbers"],
    ["a and Extensions > 1", unknown("Extensions"), "Extensions"],
    ["siteAddress = Paris", unknown("Paris"), "Paris"],
    ['bandwidth in [1G"]', "conditionUnquotedText?text=1G", "1G"],
    ["extensions", "conditionNotBoolean?name=extensions&type=number", "extensions"],
    ["not siteAddress", "conditionNotBoolean?name=siteAddress&type=text", "siteAddress"],
    ["a and goLiveWanted", "conditionNotBoolean?name=goLiveWanted&type=date", "goLiveWanted"],
    ["bandwidth or a", "conditionNotBoolean?name=bandwidth&type=select", "bandwidth"],
    ["1", "conditionNotBoolean?name=1&type=number", "1"],
    ['"yes"', "conditionNotBoolean?name=%22yes%22&type=text", '"yes"'],
    ['siteAddress < "M"', "conditionNotOrdered?name=siteAddress&type=text", "<"],
    ['bandwidth >= "500M"', "conditionNotOrdered?name=bandwidth&type=select", ">="],
    ["onSiteInstallation > false", "conditionNotOrdered?name=onSiteInstallation&type=boolean", ">"],
    ['"a" < siteAddress', "conditionNotOrdered?name=siteAddress&type=text", "<"],
    ['"a" < "b"', "conditionNotOrdered?name=%22a%22&type=text", "<"],
    ['extensions > "10"', "conditionTypeMismatch?name=extensions&type=number&value=%2210%22", '"10"'],
    ['"10" < extensions', "conditionTypeMismatch?name=extensions&type=number&value=%2210%22", '"10"'],
    ["onSiteInstallation = 1", "conditionTypeMismatch?name=onSiteInstallation&type=boolean&value=1", "1"],
    ["siteAddress = 3", "conditionTypeMismatch?name=siteAddress&type=text&value=3", "3"],
    ["extensions = siteAddress", "conditionTypeMismatch?name=extensions&type=number&value=siteAddress", "siteAddress"],
    ["goLiveWanted = bandwidth", "conditionTypeMismatch?name=goLiveWanted&type=date&value=bandwidth", "bandwidth"],
    ["goLiveWanted < 2027", "conditionTypeMismatch?name=goLiveWanted&type=date&value=2027", "2027"],
    ["bandwidth = true", "conditionTypeMismatch?name=bandwidth&type=select&value=true", "true"],
    ['1 = "1"', "conditionTypeMismatch?name=1&type=number&value=%221%22", '"1"'],
    ['goLiveWanted < "next year"', "conditionNotADate?value=%22next+year%22", '"next year"'],
    ['goLiveWanted < "2027-02-30"', "conditionNotADate?value=%222027-02-30%22", '"2027-02-30"'],
    ['goLiveWanted < "2027-1-1"', "conditionNotADate?value=%222027-1-1%22", '"2027-1-1"'],
    ['bandwidth = "2G"', "conditionUnknownOption?name=bandwidth&value=2G&options=100M%2C+200M%2C+500M%2C+1G", '"2G"'],
    ['bandwidth in ["500M", "1g"]', "conditionUnknownOption?name=bandwidth&value=1g&options=100M%2C+200M%2C+500M%2C+1G", '"1g"'],
    ["bandwidth in ['1G', 1]", "conditionTypeMismatch?name=bandwidth&type=select&value=1", "1"],
    ["extensions in [1, 2]", "conditionInNotApplicable?name=extensions&type=number", "in"],
    ["onSiteInstallation not in [true]", "conditionInNotApplicable?name=onSiteInstallation&type=boolean", "not in"],
    ['goLiveWanted in ["2027-01-01"]', "conditionInNotApplicable?name=goLiveWanted&type=date", "in"],
  ])("refuses %j: %s", (source, message, at) => {
    expect(problem(source)).toMatchObject({ message, at });
  });

  it("reports the first problem in reading order", () => {
    expect(problem("unknownA and unknownB")).toMatchObject({ message: unknown("unknownA"), start: 0, end: 8 });
    expect(problem("a and extensions")).toMatchObject({ message: "conditionNotBoolean?name=extensions&type=number", start: 6, end: 16 });
  });

  it("knows only the attributes of the schema it is given", () => {
    expect(problem("onSiteInstallation", [])).toMatchObject({ message: "conditionUnknownAttribute?name=onSiteInstallation&attributes=&count=0" });
    expect(checkCondition("true and not false", [])).toBeNull();
  });
});

describe("evaluateCondition", () => {
  it("treats no condition as always true", () => {
    expect(evaluateCondition(null, {})).toBe(true);
    expect(evaluateCondition("", {})).toBe(true);
    expect(evaluateCondition("  ", { a: false })).toBe(true);
  });

  it("throws on a condition that does not parse, naming it", () => {
    expect(() => evaluateCondition("extensions >", { extensions: 3 })).toThrow(/extensions >.*conditionUnexpectedEnd/);
    // Twice: the failure is cached, and still thrown.
    expect(() => evaluateCondition("extensions >", { extensions: 3 })).toThrow();
  });

  it.each([
    [false, false, false, false, true],
    [false, true, false, true, true],
    [true, false, false, true, true],
    [true, true, true, true, false],
  ])("a=%s b=%s: and %s, or %s, not a or not b %s", (a, b, and, or, nand) => {
    expect(evaluateCondition("a and b", { a, b })).toBe(and);
    expect(evaluateCondition("a or b", { a, b })).toBe(or);
    expect(evaluateCondition("not a or not b", { a, b })).toBe(nand);
  });

  it.each([
    ["numbersToPort > 0", { numbersToPort: 3 }, true],
    ["numbersToPort > 0", { numbersToPort: 0 }, false],
    ["numbersToPort >= 0", { numbersToPort: 0 }, true],
    ["numbersToPort < 0", { numbersToPort: -1 }, true],
    ["numbersToPort <= -1.5", { numbersToPort: -1.5 }, true],
    ["numbersToPort = 2", { numbersToPort: 2 }, true],
    ["numbersToPort == 2", { numbersToPort: 3 }, false],
    ["numbersToPort != 2", { numbersToPort: 3 }, true],
    ["0 < numbersToPort", { numbersToPort: 1 }, true],
    ["onSiteInstallation", { onSiteInstallation: true }, true],
    ["onSiteInstallation", { onSiteInstallation: false }, false],
    ["onSiteInstallation = false", { onSiteInstallation: false }, true],
    ["not onSiteInstallation and extensions >= 10", { onSiteInstallation: false, extensions: 10 }, true],
    ["not onSiteInstallation and extensions >= 10", { onSiteInstallation: true, extensions: 10 }, false],
    ["not onSiteInstallation and extensions >= 10", { onSiteInstallation: false, extensions: 9 }, false],
    ['bandwidth in ["500M", "1G"]', { bandwidth: "1G" }, true],
    ['bandwidth in ["500M", "1G"]', { bandwidth: "100M" }, false],
    ['bandwidth not in ["500M", "1G"]', { bandwidth: "100M" }, true],
    ['bandwidth not in ["500M", "1G"]', { bandwidth: "500M" }, false],
    ['goLiveWanted < "2027-01-01"', { goLiveWanted: "2026-12-31" }, true],
    ['goLiveWanted < "2027-01-01"', { goLiveWanted: "2027-01-01" }, false],
    ['goLiveWanted <= "2027-01-01"', { goLiveWanted: "2027-01-01" }, true],
    ['goLiveWanted > "2027-01-01"', { goLiveWanted: "2027-10-01" }, true],
    ["siteAddress = 'Paris'", { siteAddress: "Paris" }, true],
    ["siteAddress = 'Paris'", { siteAddress: "paris" }, false],
    ["(a or b) and c", { a: false, b: true, c: true }, true],
    ["(a or b) and c", { a: true, b: false, c: false }, false],
    ["a or b and c", { a: true, b: false, c: false }, true],
    ["true", {}, true],
    ["false or true", {}, true],
  ])("%s with %j is %s", (source, values, expected) => {
    expect(evaluateCondition(source, values)).toBe(expected);
  });

  // A line with no numbersToPort has no porting; a comparison with nothing is never true.
  it.each([
    ["numbersToPort > 0", false],
    ["numbersToPort = 0", false],
    ["numbersToPort != 0", false],
    ["numbersToPort <= 0", false],
    ["not numbersToPort > 0", true],
    ["onSiteInstallation", false],
    ["not onSiteInstallation", true],
    ["onSiteInstallation = false", false],
    ['bandwidth in ["1G"]', false],
    ['bandwidth not in ["1G"]', false],
    ['goLiveWanted < "2027-01-01"', false],
    ["__proto__", false],
    ["constructor = 1", false],
  ])("%s with no value is %s", (source, expected) => {
    expect(evaluateCondition(source, {})).toBe(expected);
  });

  it("finds a comparison between values of different kinds false rather than guessing", () => {
    expect(evaluateCondition("extensions > 3", { extensions: "10" })).toBe(false);
    expect(evaluateCondition("extensions = 10", { extensions: "10" })).toBe(false);
  });
});

describe("conditionAttributes", () => {
  it("lists the attributes used, once each, in order", () => {
    expect(conditionAttributes("not onSiteInstallation and extensions >= 10 or extensions < numbersToPort")).toEqual(["onSiteInstallation", "extensions", "numbersToPort"]);
    expect(conditionAttributes("bandwidth in ['1G']")).toEqual(["bandwidth"]);
    expect(conditionAttributes("1 = 1")).toEqual([]);
    expect(conditionAttributes("a and")).toEqual([]);
  });
});

type Case = { src: string; fn: (v: AttributeValues) => boolean };
const ORDER = { "=": (c: number) => c === 0, "!=": (c: number) => c !== 0, "<": (c: number) => c < 0, "<=": (c: number) => c <= 0, ">": (c: number) => c > 0, ">=": (c: number) => c >= 0 };
type Op = keyof typeof ORDER;
const orderArb = fc.constantFrom(...(Object.keys(ORDER) as Op[]));
const sign = (x: number | string, y: number | string) => (x < y ? -1 : x > y ? 1 : 0);
const DATES = ["2026-01-01", "2026-06-30", "2027-01-01", "2027-12-31"];
const OPTIONS = ["100M", "200M", "500M", "1G"];

const leafArb: fc.Arbitrary<Case> = fc.oneof(
  fc.tuple(fc.constantFrom("extensions", "numbersToPort"), orderArb, fc.integer({ min: -2, max: 12 }), fc.boolean()).map(([k, op, n, eqeq]) => ({
    src: `${k} ${op === "=" && eqeq ? "==" : op} ${n}`,
    fn: (v: AttributeValues) => {
      const x = v[k];
      return typeof x === "number" && ORDER[op](sign(x, n));
    },
  })),
  fc.tuple(fc.constantFrom("onSiteInstallation", "a", "b", "c"), fc.constantFrom("", "= true", "= false", "!= true")).map(([k, test]) => ({
    src: `${k} ${test}`,
    fn: (v: AttributeValues) => {
      const x = v[k];
      if (test === "") return x === true;
      if (x === undefined) return false;
      return test === "= true" ? x === true : test === "= false" ? x === false : x !== true;
    },
  })),
  fc.tuple(fc.subarray(OPTIONS, { minLength: 1 }), fc.boolean()).map(([list, negated]) => ({
    src: `bandwidth ${negated ? "not in" : "in"} [${list.map((o) => `'${o}'`).join(", ")}]`,
    fn: (v: AttributeValues) => v.bandwidth !== undefined && list.includes(String(v.bandwidth)) !== negated,
  })),
  fc.tuple(orderArb, fc.constantFrom(...DATES)).map(([op, d]) => ({
    src: `goLiveWanted ${op} "${d}"`,
    fn: (v: AttributeValues) => typeof v.goLiveWanted === "string" && ORDER[op](sign(v.goLiveWanted, d)),
  })),
);
const { tree: caseArb } = fc.letrec<{ tree: Case }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leafArb,
    tie("tree").map((x) => ({ src: `not (${x.src})`, fn: (v: AttributeValues) => !x.fn(v) })),
    fc.tuple(tie("tree"), tie("tree"), fc.constantFrom("and", "AND", "or", "Or")).map(([l, r, op]) => ({
      src: `(${l.src}) ${op} (${r.src})`,
      fn: (v: AttributeValues) => (op.toLowerCase() === "and" ? l.fn(v) && r.fn(v) : l.fn(v) || r.fn(v)),
    })),
  ),
}));
// Chains without parentheses: and binds tighter than or.
const chainArb = fc.tuple(leafArb, fc.array(fc.tuple(fc.constantFrom("and", "or"), leafArb), { maxLength: 5 })).map(([first, rest]) => ({
  src: [first.src, ...rest.map(([op, c]) => `${op} ${c.src}`)].join(" "),
  fn: (v: AttributeValues) => {
    const groups: Case[][] = [[first]];
    for (const [op, c] of rest) {
      if (op === "or") groups.push([c]);
      else groups[groups.length - 1]?.push(c);
    }
    return groups.some((g) => g.every((c) => c.fn(v)));
  },
}));
const valuesArb: fc.Arbitrary<AttributeValues> = fc.record(
  {
    extensions: fc.integer({ min: -2, max: 12 }),
    numbersToPort: fc.integer({ min: -2, max: 12 }),
    onSiteInstallation: fc.boolean(),
    a: fc.boolean(),
    b: fc.boolean(),
    c: fc.boolean(),
    bandwidth: fc.constantFrom(...OPTIONS),
    goLiveWanted: fc.constantFrom(...DATES, "2026-03-15"),
  },
  { requiredKeys: [] },
);

describe("conditions built at random", () => {
  it("type-check and evaluate as their meaning says, with or without values", () => {
    fc.assert(
      fc.property(fc.oneof(caseArb, chainArb), valuesArb, (c, values) => {
        expect(checkCondition(c.src, schema), c.src).toBeNull();
        expect(evaluateCondition(c.src, values), c.src).toBe(c.fn(values));
      }),
      { numRuns: 1000 },
    );
  });

  it("negate with not", () => {
    fc.assert(
      fc.property(caseArb, valuesArb, (c, values) => {
        expect(evaluateCondition(`not (${c.src})`, values)).toBe(!evaluateCondition(c.src, values));
      }),
    );
  });
});
