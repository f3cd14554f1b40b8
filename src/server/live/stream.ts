/**
 * Turns pushed values (a listener) into an async iterator that ends when its signal aborts or
 * its consumer stops. Written by hand rather than as an async generator on purpose: a
 * generator waiting for the next value cannot be ended by `return()` (the call queues behind
 * the wait), so a consumer that stops early would leave its listener registered until the next
 * message. Here `return()` and abort both unregister at once.
 */

/** Registers the listener, returns how to unregister it. */
export type Register<T> = (listener: (value: T) => void) => () => void;

/** A consumer that falls behind keeps only the latest values: each one only says "refetch". */
const MAX_BUFFERED = 100;

export function pushStream<T>(register: Register<T>, signal?: AbortSignal): AsyncIterableIterator<T> {
  const buffered: T[] = [];
  // Consumers may call next() again before the last one resolved; each gets its own value.
  const waiting: Array<(r: IteratorResult<T, undefined>) => void> = [];
  let ended = false;

  const unregister = register((value) => {
    if (ended) return;
    const resolve = waiting.shift();
    if (resolve) {
      resolve({ value, done: false });
      return;
    }
    buffered.push(value);
    if (buffered.length > MAX_BUFFERED) buffered.shift();
  });

  const end = () => {
    if (ended) return;
    ended = true;
    unregister();
    signal?.removeEventListener("abort", end);
    buffered.length = 0;
    for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
  };
  if (signal?.aborted) end();
  else signal?.addEventListener("abort", end, { once: true });

  return {
    next() {
      if (buffered.length > 0) return Promise.resolve({ value: buffered.shift() as T, done: false });
      if (ended) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return() {
      end();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** `source` with each value mapped; ending it ends the source at once (see above). */
export function mapStream<T, U>(source: AsyncIterableIterator<T>, map: (value: T) => U): AsyncIterableIterator<U> {
  return {
    async next(): Promise<IteratorResult<U, undefined>> {
      const r = await source.next();
      return r.done ? { value: undefined, done: true } : { value: map(r.value), done: false };
    },
    async return(): Promise<IteratorResult<U, undefined>> {
      await source.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
