/** Recursive-descent parser, and the cache of parsed conditions the checker and evaluator share. */
import { Failure, fail, type ConditionNode, type LiteralNode, type ParseResult, type Span, type ValueNode } from "./ast";
import { lex, type Keyword, type Token } from "./lexer";

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
export function parsed(source: string): ParseResult {
  let result = cache.get(source);
  if (!result) {
    result = parseCondition(source);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(source, result);
  }
  return result;
}
