import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLiveRefresh } from "./live-refresh";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const options = { waitMs: 150, maxWaitMs: 1000, retryMinMs: 1000, retryMaxMs: 30_000 };

describe("createLiveRefresh", () => {
  it("refreshes once for a burst of changes, with the page's latest callback", () => {
    const live = createLiveRefresh(options);
    const [old, latest] = [vi.fn(), vi.fn()];
    live.changed(old);
    live.changed(old);
    live.changed(latest);
    vi.advanceTimersByTime(150);
    expect(old).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledTimes(1);
  });

  it("does not refresh on the first connect, does on every reconnect", () => {
    const live = createLiveRefresh(options);
    const fn = vi.fn();
    live.started(fn);
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
    live.started(fn);
    vi.advanceTimersByTime(150);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("backs off after errors up to a ceiling, and starts over once connected", () => {
    const live = createLiveRefresh(options);
    expect([1, 2, 3, 4, 5, 6, 7].map(() => live.retryDelay())).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
    live.started(() => {});
    expect(live.retryDelay()).toBe(1000);
  });

  it("drops a pending refresh when the page goes", () => {
    const live = createLiveRefresh(options);
    const fn = vi.fn();
    live.changed(fn);
    live.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
  });
});
