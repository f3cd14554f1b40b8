/**
 * Trailing debounce with a ceiling: calls coming closer together than `waitMs` run `fn` once,
 * `waitMs` after the last — but never later than `maxWaitMs` after the first, so a steady
 * trickle of changes still refreshes the page instead of postponing it forever.
 */
export type Debounced = { (): void; cancel(): void };

export function debounce(fn: () => void, { waitMs, maxWaitMs }: { waitMs: number; maxWaitMs: number }): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt: number | undefined;
  const fire = () => {
    timer = undefined;
    firstAt = undefined;
    fn();
  };
  const call = () => {
    const now = Date.now();
    firstAt ??= now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(waitMs, firstAt + maxWaitMs - now)));
  };
  call.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    firstAt = undefined;
  };
  return call;
}
