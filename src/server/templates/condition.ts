/**
 * Action conditions (DESIGN §3): a small expression language over a service line's attributes
 * — `numbersToPort > 0`, `not onSiteInstallation and extensions >= 10`,
 * `bandwidth in ["500M", "1G"]` — that decides whether an action is created for that line.
 *
 * Pure and browser-safe: the builder checks a condition as the manager types it, the engine
 * evaluates it when a project starts. Every error is a `msg()` key with the span of the
 * offending token, so the editor can underline exactly what is wrong.
 */
import { isIsoDate } from "@/server/calendar/business-days";
import { msg } from "@/server/errors";
import type { AttributeDefinition, AttributeSchema, AttributeType, AttributeValues } from "@/server/crm/attributes";

export type CompareOp = "=" | "!=" | "<" | "<=" | ">" | ">=";
/** Offsets in the source, end exclusive. */
export type Span = { start: number; end: number };
export type AttributeNode = Span & { kind: "attribute"; name: string };
export type LiteralNode = Span & { kind: "literal"; value: number | string | boolean };
export type ValueNode = AttributeNode | LiteralNode;
export type ConditionNode =
  | ValueNode
  | (Span & { kind: "not"; operand: ConditionNode })
  | (Span & { kind: "and" | "or"; left: ConditionNode; right: ConditionNode })
  | (Span & { kind: "compare"; op: CompareOp; opSpan: Span; left: ValueNode; right: ValueNode })
  | (Span & { kind: "in"; negated: boolean; opSpan: Span; subject: ValueNode; list: LiteralNode[] });

export type ConditionError = { message: string; start: number; end: number };
export type ParseResult = { ok: true; ast: ConditionNode } | { ok: false; error: ConditionError };

/** Every message key this module produces; the catalogs (`templateProblems`) are tested against it. */
export const CONDITION_MESSAGE_KEYS = [
  // Syntax
  "conditionEmpty", "conditionUnexpectedCharacter", "conditionUseKeyword", "conditionUnclosedString", "conditionUnquotedText",
  "conditionUnexpectedEnd", "conditionExpectedValue", "conditionExpectedOperator", "conditionUnclosedParen", "conditionUnmatchedParen",
  "conditionExpectedList", "conditionListValue", "conditionExpectedComma", "conditionUnclosedList", "conditionEmptyList",
  // Types
  "conditionUnknownAttribute", "conditionNotBoolean", "conditionNotOrdered", "conditionTypeMismatch", "conditionNotADate",
  "conditionUnknownOption", "conditionInNotApplicable",
] as const;
export type ConditionMessageKey = (typeof CONDITION_MESSAGE_KEYS)[number];

/** Thrown inside the parser and checker only, so each rule can stop at the first error. */
class Failure {
  constructor(readonly error: ConditionError) {}
}
function fail(key: ConditionMessageKey, span: Span, values?: Record<string, string | number>): never {
  throw new Failure({ message: msg(key, values), start: span.start, end: span.end });
}

// ── Lexer ────────────────────────────────────────────────────────────────────────────────

/** Words of the language (any case), so no attribute may be named one of them. */
export const KEYWORDS = ["and", "or", "not", "in", "true", "false"] as const;
type Keyword = (typeof KEYWORDS)[number];
type Token = Span &
  (
    | { kind: "ident"; name: string }
    | { kind: "number"; value: number }
    | { kind: "string"; value: string }
    | { kind: "op"; op: CompareOp }
    | { kind: "punct"; char: "(" | ")" | "[" | "]" | "," }
    | { kind: "keyword"; word: Keyword }
    | { kind: "end" }
  );

const NUMBER = /-?\d+(?:\.\d+)?/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const WORD_TAIL = /[A-Za-z0-9_.]*/y;
// Longest first, so "<=" is not read as "<" then "=".
const OPERATORS: [string, CompareOp][] = [["==", "="], ["!=", "!="], ["<=", "<="], [">=", ">="], ["=", "="], ["<", "<"], [">", ">"]];
// Programmers type these out of habit; the message names the word to use instead.
const SYMBOLS: [string, Keyword][] = [["&&", "and"], ["||", "or"], ["!", "not"]];

function match(re: RegExp, source: string, at: number): string | null {
  re.lastIndex = at;
  return re.exec(source)?.[0] ?? null;
}

function lex(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source.charAt(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '"' || c === "'") {
      // No escapes: either quote may delimit, which covers every option and title a tenant types.
      const close = source.indexOf(c, i + 1);
      if (close < 0) fail("conditionUnclosedString", { start, end: source.length });
      tokens.push({ kind: "string", value: source.slice(i + 1, close), start, end: close + 1 });
      i = close + 1;
      continue;
    }
    const number = match(NUMBER, source, i);
    if (number !== null) {
      i += number.length;
      const tail = match(WORD_TAIL, source, i) ?? "";
      // `bandwidth = 1G`: a value that starts like a number but is text needs quotes.
      if (tail.length > 0) fail("conditionUnquotedText", { start, end: i + tail.length }, { text: source.slice(start, i + tail.length) });
      tokens.push({ kind: "number", value: Number(number), start, end: i });
      continue;
    }
    const word = match(WORD, source, i);
    if (word !== null) {
      i += word.length;
      const lower = word.toLowerCase();
      const keyword = KEYWORDS.find((k) => k === lower);
      tokens.push(keyword ? { kind: "keyword", word: keyword, start, end: i } : { kind: "ident", name: word, start, end: i });
      continue;
    }
    const operator = OPERATORS.find(([text]) => source.startsWith(text, i));
    if (operator) {
      i += operator[0].length;
      tokens.push({ kind: "op", op: operator[1], start, end: i });
      continue;
    }
    const symbol = SYMBOLS.find(([text]) => source.startsWith(text, i));
    if (symbol) fail("conditionUseKeyword", { start, end: i + symbol[0].length }, { symbol: symbol[0], keyword: symbol[1] });
    if (c === "(" || c === ")" || c === "[" || c === "]" || c === ",") {
      tokens.push({ kind: "punct", char: c, start, end: ++i });
      continue;
    }
    const char = String.fromCodePoint(source.codePointAt(i) ?? 0);
    fail("conditionUnexpectedCharacter", { start, end: i + char.length }, { char });
  }
  tokens.push({ kind: "end", start: source.length, end: source.length });
  return tokens;
}

// ── Parser (recursive descent: or < and < not < comparison) ─────────────────────────────

class Parser {
  private at = 0;
  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
  ) {}

  parse(): ConditionNode {
    const ast = this.or();
    const next = this.peek();
    if (next.kind === "punct" && next.char === ")") fail("conditionUnmatchedParen", next);
    if (next.kind !== "end") fail("conditionExpectedOperator", next, { token: this.text(next) });
    return ast;
  }

  private peek(offset = 0): Token {
    // The lexer always ends with an "end" token, which is never consumed past.
    return this.tokens[Math.min(this.at + offset, this.tokens.length - 1)] as Token;
  }
  private next(): Token {
    const token = this.peek();
    if (token.kind !== "end") this.at++;
    return token;
  }
  private text(token: Span): string {
    return this.source.slice(token.start, token.end);
  }
  private isKeyword(word: Keyword, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === "keyword" && t.word === word;
  }
  private isPunct(char: string): boolean {
    const t = this.peek();
    return t.kind === "punct" && t.char === char;
  }

  private or(): ConditionNode {
    let left = this.and();
    while (this.isKeyword("or")) {
      this.next();
      const right = this.and();
      left = { kind: "or", left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private and(): ConditionNode {
    let left = this.unary();
    while (this.isKeyword("and")) {
      this.next();
      const right = this.unary();
      left = { kind: "and", left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private unary(): ConditionNode {
    if (this.isKeyword("not")) {
      const start = this.next().start;
      const operand = this.unary();
      return { kind: "not", operand, start, end: operand.end };
    }
    if (this.isPunct("(")) {
      const open = this.next();
      const inner = this.or();
      const close = this.peek();
      if (close.kind === "end") fail("conditionUnclosedParen", open);
      if (!(close.kind === "punct" && close.char === ")")) fail("conditionExpectedOperator", close, { token: this.text(close) });
      this.next();
      return inner;
    }
    return this.comparison();
  }

  private comparison(): ConditionNode {
    const left = this.value();
    const t = this.peek();
    if (t.kind === "op") {
      this.next();
      const right = this.value();
      return { kind: "compare", op: t.op, opSpan: { start: t.start, end: t.end }, left, right, start: left.start, end: right.end };
    }
    const negated = this.isKeyword("not") && this.isKeyword("in", 1);
    if (negated || this.isKeyword("in")) {
      const first = this.next();
      const last = negated ? this.next() : first;
      const { list, end } = this.list();
      return { kind: "in", negated, opSpan: { start: first.start, end: last.end }, subject: left, list, start: left.start, end };
    }
    return left;
  }

  private value(): ValueNode {
    const t = this.next();
    if (t.kind === "ident") return { kind: "attribute", name: t.name, start: t.start, end: t.end };
    const literal = this.literal(t);
    if (literal) return literal;
    if (t.kind === "end") fail("conditionUnexpectedEnd", t);
    return fail("conditionExpectedValue", t, { token: this.text(t) });
  }

  private literal(t: Token): LiteralNode | null {
    const span = { start: t.start, end: t.end };
    if (t.kind === "number" || t.kind === "string") return { kind: "literal", value: t.value, ...span };
    if (t.kind === "keyword" && (t.word === "true" || t.word === "false")) return { kind: "literal", value: t.word === "true", ...span };
    return null;
  }

  private list(): { list: LiteralNode[]; end: number } {
    const open = this.next();
    if (open.kind === "end") fail("conditionUnexpectedEnd", open);
    if (!(open.kind === "punct" && open.char === "[")) fail("conditionExpectedList", open, { token: this.text(open) });
    if (this.isPunct("]")) fail("conditionEmptyList", { start: open.start, end: this.next().end });
    const list: LiteralNode[] = [];
    for (;;) {
      const t = this.next();
      const item = this.literal(t);
      if (!item) {
        if (t.kind === "end") fail("conditionUnclosedList", open);
        fail("conditionListValue", t, { token: this.text(t) });
      }
      list.push(item);
      const after = this.next();
      if (after.kind === "punct" && after.char === "]") return { list, end: after.end };
      if (after.kind === "end") fail("conditionUnclosedList", open);
      if (!(after.kind === "punct" && after.char === ",")) fail("conditionExpectedComma", after, { token: this.text(after) });
    }
  }
}

export function parseCondition(source: string): ParseResult {
  try {
    if (source.trim() === "") fail("conditionEmpty", { start: 0, end: source.length });
    return { ok: true, ast: new Parser(source, lex(source)).parse() };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, error: e.error };
    throw e;
  }
}

// Schedules evaluate the same few conditions for every action of every project; parsing once
// per distinct source is enough. Bounded so a long-lived worker cannot grow it without end.
const CACHE_LIMIT = 500;
const cache = new Map<string, ParseResult>();
function parsed(source: string): ParseResult {
  let result = cache.get(source);
  if (!result) {
    result = parseCondition(source);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(source, result);
  }
  return result;
}

// ── Type checker ─────────────────────────────────────────────────────────────────────────

type Typed = { node: ValueNode; type: AttributeType; def?: AttributeDefinition };


/** Text and select values are both strings and may be compared with each other. */
const family = (t: AttributeType): AttributeType => (t === "select" ? "text" : t);

function checker(source: string, schema: AttributeSchema) {
  const defs = new Map(schema.map((d) => [d.key, d]));
  const text = (span: Span) => source.slice(span.start, span.end);

  function typed(node: ValueNode): Typed {
    if (node.kind === "literal") {
      const type = typeof node.value === "number" ? "number" : typeof node.value === "boolean" ? "boolean" : "text";
      return { node, type };
    }
    const def = defs.get(node.name) ?? fail("conditionUnknownAttribute", node, { name: node.name });
    return { node, type: def.type, def };
  }

  /** Whether `other` may stand on the other side of `anchor` (an attribute, when there is one). */
  function compatible(anchor: Typed, other: Typed): void {
    const value = other.node.kind === "literal" ? other.node.value : undefined;
    if (anchor.def?.type === "date" && typeof value === "string" && !isIsoDate(value)) {
      fail("conditionNotADate", other.node, { value: text(other.node) });
    }
    // A quoted ISO date is how a date is written, so it stands for one next to a date attribute.
    const otherType = anchor.def?.type === "date" && typeof value === "string" ? "date" : other.type;
    if (family(anchor.type) !== family(otherType)) {
      fail("conditionTypeMismatch", other.node, { name: text(anchor.node), type: anchor.type, value: text(other.node) });
    }
    const options = anchor.def?.type === "select" ? (anchor.def.options ?? []) : null;
    if (options && typeof value === "string" && !options.includes(value)) {
      fail("conditionUnknownOption", other.node, { name: text(anchor.node), value, options: options.join(", ") });
    }
  }

  function check(node: ConditionNode): void {
    switch (node.kind) {
      case "attribute":
      case "literal": {
        const t = typed(node);
        if (t.type !== "boolean") fail("conditionNotBoolean", node, { name: text(node), type: t.type });
        return;
      }
      case "not":
        return check(node.operand);
      case "and":
      case "or":
        check(node.left);
        return check(node.right);
      case "compare": {
        const left = typed(node.left);
        const right = typed(node.right);
        const [anchor, other] = left.def || !right.def ? [left, right] : [right, left];
        const ordered = anchor.type === "number" || anchor.type === "date";
        if (node.op !== "=" && node.op !== "!=" && !ordered) fail("conditionNotOrdered", node.opSpan, { name: text(anchor.node), type: anchor.type });
        return compatible(anchor, other);
      }
      case "in": {
        const subject = typed(node.subject);
        if (family(subject.type) !== "text") fail("conditionInNotApplicable", node.opSpan, { name: text(node.subject), type: subject.type });
        for (const item of node.list) compatible(subject, typed(item));
        return;
      }
    }
  }
  return check;
}

/** Parses and type-checks a condition against the service type's attributes; null when it is sound. */
export function checkCondition(source: string, schema: AttributeSchema): ConditionError | null {
  const result = parsed(source);
  // A copy: the cached result is shared by every caller.
  if (!result.ok) return { ...result.error };
  try {
    checker(source, schema)(result.ast);
    return null;
  } catch (e) {
    if (e instanceof Failure) return e.error;
    throw e;
  }
}

// ── Evaluator ────────────────────────────────────────────────────────────────────────────

function resolve(node: ValueNode, values: AttributeValues): number | string | boolean | undefined {
  if (node.kind === "literal") return node.value;
  return Object.hasOwn(values, node.name) ? values[node.name] : undefined;
}

function evaluate(node: ConditionNode, values: AttributeValues): boolean {
  switch (node.kind) {
    case "attribute":
    case "literal":
      return resolve(node, values) === true;
    case "not":
      return !evaluate(node.operand, values);
    case "and":
      return evaluate(node.left, values) && evaluate(node.right, values);
    case "or":
      return evaluate(node.left, values) || evaluate(node.right, values);
    case "compare": {
      const l = resolve(node.left, values);
      const r = resolve(node.right, values);
      // A value the line does not have satisfies no comparison: no numbersToPort, no porting.
      if (l === undefined || r === undefined) return false;
      if (node.op === "=") return l === r;
      if (node.op === "!=") return l !== r;
      if (!((typeof l === "number" && typeof r === "number") || (typeof l === "string" && typeof r === "string"))) return false;
      if (node.op === "<") return l < r;
      if (node.op === "<=") return l <= r;
      if (node.op === ">") return l > r;
      return l >= r;
    }
    case "in": {
      const subject = resolve(node.subject, values);
      if (subject === undefined) return false;
      return node.list.some((item) => item.value === subject) !== node.negated;
    }
  }
}

/**
 * Whether an action with this condition is created for a line with these values. No condition
 * means always. Templates are validated before they are published, so an unparsable condition
 * here is a bug to surface, not a reason to silently drop (or keep) an action.
 */
export function evaluateCondition(source: string | null, values: AttributeValues): boolean {
  if (source === null || source.trim() === "") return true;
  const result = parsed(source);
  if (!result.ok) throw new Error(`Cannot evaluate the condition ${JSON.stringify(source)}: ${result.error.message}`);
  return evaluate(result.ast, values);
}

/** The attribute names a condition uses, in order of first use; none when it does not parse. */
export function conditionAttributes(source: string): string[] {
  const result = parsed(source);
  if (!result.ok) return [];
  const names = new Set<string>();
  const visit = (node: ConditionNode): void => {
    if (node.kind === "attribute") names.add(node.name);
    else if (node.kind === "not") visit(node.operand);
    else if (node.kind === "in") visit(node.subject);
    else if (node.kind !== "literal") [node.left, node.right].forEach(visit);
  };
  visit(result.ast);
  return [...names];
}
