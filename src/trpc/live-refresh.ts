/**
 * What useLiveChanges does with the stream's events, outside React so it is plain to test:
 * a burst of changes becomes one refresh; a reconnect refreshes once (changes may have been
 * missed while the stream was down), the first connect does not; a stream the link gave up on
 * is restarted after a delay that doubles up to a ceiling, and resets once connected again.
 */
import { debounce } from "./debounce";

export type LiveRefreshOptions = { waitMs: number; maxWaitMs: number; retryMinMs: number; retryMaxMs: number };

export function createLiveRefresh(o: LiveRefreshOptions) {
  // The page's latest callback: pages pass a new closure on every render.
  let onChange: () => void = () => {};
  let connectedBefore = false;
  let failures = 0;
  const refresh = debounce(() => onChange(), o);
  return {
    started(latest: () => void) {
      onChange = latest;
      if (connectedBefore) refresh();
      connectedBefore = true;
      failures = 0;
    },
    changed(latest: () => void) {
      onChange = latest;
      refresh();
    },
    /** How long to wait before restarting after an error; each call counts one failure. */
    retryDelay(): number {
      const delay = Math.min(o.retryMaxMs, o.retryMinMs * 2 ** failures);
      failures += 1;
      return delay;
    },
    cancel: () => refresh.cancel(),
  };
}
