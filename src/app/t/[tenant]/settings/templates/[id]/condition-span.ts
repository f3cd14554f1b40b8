/**
 * Cuts a condition around the span an error points at, so the editor can underline exactly
 * the offending token. An empty span (something is missing at the end) still gets a visible
 * mark: a blank to underline where the missing part goes.
 */
export type SpanParts = { before: string; token: string; after: string; missing: boolean };

export function splitAtSpan(source: string, span: { start: number; end: number }): SpanParts {
  const start = Math.max(0, Math.min(span.start, source.length));
  const end = Math.max(start, Math.min(span.end, source.length));
  const token = source.slice(start, end);
  return { before: source.slice(0, start), token: token === "" ? " " : token, after: source.slice(end), missing: token === "" };
}
