/**
 * Where the dependency graph opens. Fitting a long template whole shrinks its cards below
 * reading size, so the graph opens fitted only while that stays readable; otherwise at the
 * smallest readable zoom, on the first phase, the rest reached by panning (or the "show the
 * whole graph" control). Pure: box sizes in, React Flow viewport out.
 */
export const READABLE_ZOOM = 0.8;
const MAX_ZOOM = 1;
const PADDING = 24;

export type Box = { x: number; y: number; width: number; height: number };
export type Viewport = { x: number; y: number; zoom: number };

/** The smallest box around the phase bands (which hold every action). */
export function boundsOf(bands: readonly Box[]): Box | null {
  if (bands.length === 0) return null;
  const x = Math.min(...bands.map((b) => b.x));
  const y = Math.min(...bands.map((b) => b.y));
  const right = Math.max(...bands.map((b) => b.x + b.width));
  const bottom = Math.max(...bands.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** `whole`: everything is in view; otherwise the view starts at the graph's left (the first phase). */
export function openingViewport(graph: Box, view: { width: number; height: number }): { viewport: Viewport; whole: boolean } {
  const room = { width: Math.max(1, view.width - 2 * PADDING), height: Math.max(1, view.height - 2 * PADDING) };
  const fit = Math.min(MAX_ZOOM, room.width / graph.width, room.height / graph.height);
  const zoom = Math.max(fit, READABLE_ZOOM);
  // Centred along an axis where it fits at this zoom; from its start (left, top) where it does not.
  const place = (start: number, size: number, available: number, total: number) =>
    size * zoom <= available ? (total - size * zoom) / 2 - start * zoom : PADDING - start * zoom;
  return {
    viewport: { zoom, x: place(graph.x, graph.width, room.width, view.width), y: place(graph.y, graph.height, room.height, view.height) },
    whole: fit >= READABLE_ZOOM,
  };
}
