import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { debounce } from "./debounce";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("debounce", () => {
  it("runs once for a burst, waitMs after its last call", () => {
    const fn = vi.fn();
    const d = debounce(fn, { waitMs: 150, maxWaitMs: 1000 });
    d();
    vi.advanceTimersByTime(100);
    d();
    vi.advanceTimersByTime(100);
    d();
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("does not postpone past maxWaitMs under a steady trickle", () => {
    const fn = vi.fn();
    const d = debounce(fn, { waitMs: 150, maxWaitMs: 1000 });
    for (let t = 0; t < 1000; t += 100) {
      d();
      vi.advanceTimersByTime(100);
    }
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("starts over after firing, and cancel() drops a pending call", () => {
    const fn = vi.fn();
    const d = debounce(fn, { waitMs: 150, maxWaitMs: 1000 });
    d();
    vi.advanceTimersByTime(150);
    d();
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
