/** Timing helpers for the bench: run a function many times, report percentiles in ms. */
export type Timing = { p50: number; p95: number; p99: number; mean: number; n: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Percentiles and mean of samples (ms) measured elsewhere: latencies collected under load. */
export function summarize(samples: readonly number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), p99: round(percentile(s, 99)), mean: round(s.reduce((a, b) => a + b, 0) / s.length), n: s.length };
}

export async function time(fn: () => Promise<unknown>, { warmup = 50, n = 1000 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return summarize(samples);
}

/** Like `time` for several functions at once, run in turn each round: a fair comparison on a busy machine. */
export async function timeInterleaved<K extends string>(fns: Record<K, () => Promise<unknown>>, n: number, warmup = 50): Promise<Record<K, Timing>> {
  const names = Object.keys(fns) as K[];
  const samples = Object.fromEntries(names.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < warmup + n; i++) {
    for (const k of names) {
      const t = performance.now();
      await fns[k]();
      if (i >= warmup) samples[k].push(performance.now() - t);
    }
  }
  return Object.fromEntries(names.map((k) => [k, summarize(samples[k])])) as Record<K, Timing>;
}
