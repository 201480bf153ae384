/** Timing helpers shared by the benches: warm-up, samples in milliseconds, percentiles. */

export interface Samples {
  /** Milliseconds, in the order measured. */
  values: number[];
  median: number;
  p95: number;
  max: number;
}

/** The p-th percentile (0–100) of already sorted values, by linear interpolation. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] ?? Number.NaN;
  const highValue = sorted[high] ?? lowValue;
  return lowValue + (highValue - lowValue) * (rank - low);
}

export function summarize(values: number[]): Samples {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    values,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

export interface MeasureOptions {
  /** Calls made first and thrown away (JIT, statement cache, page cache). */
  warmup: number;
  /** Calls measured. */
  iterations: number;
}

/**
 * Times `task(i)` for i = 0 … iterations-1 after a warm-up; works for synchronous
 * and asynchronous tasks (an awaited promise is part of the measured time).
 */
export async function measure(
  task: (index: number) => unknown,
  options: MeasureOptions,
): Promise<Samples> {
  for (let i = 0; i < options.warmup; i++) await task(i);
  const values: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    const started = performance.now();
    await task(i);
    values.push(performance.now() - started);
  }
  return summarize(values);
}

/** Peak resident set size of this process so far, in megabytes. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Times several tasks doing the same work, alternating them call by call (and
 * rotating who goes first) so drift in the machine's speed affects all alike.
 */
export async function measureInterleaved<K extends string>(
  tasks: Record<K, (index: number) => unknown>,
  options: MeasureOptions,
): Promise<Record<K, Samples>> {
  const names = Object.keys(tasks) as K[];
  for (let i = 0; i < options.warmup; i++) for (const name of names) await tasks[name](i);
  const values = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    K,
    number[]
  >;
  for (let i = 0; i < options.iterations; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length] as K;
      const started = performance.now();
      await tasks[name](i);
      values[name].push(performance.now() - started);
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarize(values[name])])) as Record<
    K,
    Samples
  >;
}
