import { describe, expect, it } from "vitest";
import { mapStream, pushStream } from "./stream";

/** A register function whose listener the test drives, and which reports unregistering. */
function source() {
  const s: { push?: (n: number) => void; registered: number } = { registered: 0 };
  const register = (listener: (n: number) => void) => {
    s.push = listener;
    s.registered += 1;
    return () => {
      s.registered -= 1;
    };
  };
  return { s, register };
}

describe("pushStream", () => {
  it("hands values to a waiting consumer and buffers the rest in order", async () => {
    const { s, register } = source();
    const it = pushStream(register);
    const first = it.next();
    s.push!(1);
    s.push!(2);
    s.push!(3);
    expect(await first).toEqual({ value: 1, done: false });
    expect(await it.next()).toEqual({ value: 2, done: false });
    expect(await it.next()).toEqual({ value: 3, done: false });
  });

  it("ends a waiting consumer and unregisters when the signal aborts", async () => {
    const { s, register } = source();
    const ac = new AbortController();
    const it = pushStream(register, ac.signal);
    expect(s.registered).toBe(1);
    const pending = it.next();
    ac.abort();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(s.registered).toBe(0);
    s.push!(1);
    expect(await it.next()).toEqual({ value: undefined, done: true });
  });

  it("ends at once on return(), even while a next() is waiting", async () => {
    const { s, register } = source();
    const it = pushStream(register);
    const pending = it.next();
    await it.return!();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(s.registered).toBe(0);
  });

  it("unregisters when a for-await loop breaks", async () => {
    const { s, register } = source();
    const it = pushStream(register);
    s.push!(1);
    for await (const n of it) {
      expect(n).toBe(1);
      break;
    }
    expect(s.registered).toBe(0);
  });

  it("does not register for good with an already aborted signal", () => {
    const { s, register } = source();
    pushStream(register, AbortSignal.abort());
    expect(s.registered).toBe(0);
  });

  it("keeps only the latest values for a consumer that falls behind", async () => {
    const { s, register } = source();
    const it = pushStream(register);
    for (let n = 0; n < 150; n++) s.push!(n);
    expect(await it.next()).toEqual({ value: 50, done: false });
  });
});

describe("mapStream", () => {
  it("maps values and passes return() through to the source", async () => {
    const { s, register } = source();
    const it = mapStream(pushStream(register), (n: number) => ({ n }));
    s.push!(7);
    expect(await it.next()).toEqual({ value: { n: 7 }, done: false });
    const pending = it.next();
    await it.return!();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(s.registered).toBe(0);
  });
});

describe("pushStream with overlapping next() calls", () => {
  it("answers each waiting call with its own value, and ends them all on return()", async () => {
    const { s, register } = source();
    const it = pushStream(register);
    const [a, b, c] = [it.next(), it.next(), it.next()];
    s.push!(1);
    s.push!(2);
    await it.return!();
    expect(await Promise.all([a, b, c])).toEqual([
      { value: 1, done: false },
      { value: 2, done: false },
      { value: undefined, done: true },
    ]);
  });
});
