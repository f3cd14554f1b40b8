/** Splits a condition into tokens; a character the language does not know fails at its position. */
import { fail, type CompareOp, type Span } from "./ast";

/** Words of the language (any case), so no attribute may be named one of them. */
export const KEYWORDS = ["and", "or", "not", "in", "true", "false"] as const;
export type Keyword = (typeof KEYWORDS)[number];
export type Token = Span &
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

export function lex(source: string): Token[] {
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

