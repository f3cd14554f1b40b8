import { describe, expect, it } from "vitest";
import { boundsOf, openingViewport, READABLE_ZOOM } from "./opening-view";

const view = { width: 1000, height: 448 };

describe("openingViewport", () => {
  it("fits a small graph whole, centred, never above full size", () => {
    const { viewport, whole } = openingViewport({ x: 0, y: 0, width: 400, height: 200 }, view);
    expect(whole).toBe(true);
    expect(viewport.zoom).toBe(1);
    expect(viewport.x).toBe(300);
    expect(viewport.y).toBe(124);
  });

  it("shrinks a graph to fit while it stays readable", () => {
    const { viewport, whole } = openingViewport({ x: 0, y: 0, width: 1100, height: 300 }, view);
    expect(whole).toBe(true);
    expect(viewport.zoom).toBeCloseTo(952 / 1100);
  });

  it("opens a long template at the readable zoom on its first phase, not shrunk to a strip", () => {
    const { viewport, whole } = openingViewport({ x: 40, y: 0, width: 4000, height: 300 }, view);
    expect(whole).toBe(false);
    expect(viewport.zoom).toBe(READABLE_ZOOM);
    // The graph's left edge (its first phase) at the left padding; centred vertically since it fits that way.
    expect(viewport.x).toBe(24 - 40 * READABLE_ZOOM);
    expect(viewport.y).toBe((448 - 300 * READABLE_ZOOM) / 2);
  });

  it("starts at the top of a graph too tall for the view", () => {
    const { viewport } = openingViewport({ x: 0, y: 10, width: 600, height: 2000 }, view);
    expect(viewport.zoom).toBe(READABLE_ZOOM);
    expect(viewport.y).toBe(24 - 10 * READABLE_ZOOM);
  });
});

describe("boundsOf", () => {
  it("surrounds every band, and is nothing without one", () => {
    expect(boundsOf([{ x: 10, y: 0, width: 100, height: 50 }, { x: 120, y: -5, width: 100, height: 80 }])).toEqual({ x: 10, y: -5, width: 210, height: 80 });
    expect(boundsOf([])).toBeNull();
  });
});
