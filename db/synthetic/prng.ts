/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32) so
 * synthetic data is the same on every machine for the same seed.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks from `[item, weight]` pairs; weights need not sum to anything in particular. */
  weighted<T>(table: WeightedTable<T>): T;
}

export interface WeightedTable<T> {
  items: readonly T[];
  /** Running totals of the weights, same length as `items`. */
  cumulative: readonly number[];
  total: number;
}

export function weightedTable<T>(pairs: readonly (readonly [T, number])[]): WeightedTable<T> {
  const items: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [item, weight] of pairs) {
    if (!(weight > 0)) continue;
    total += weight;
    items.push(item);
    cumulative.push(total);
  }
  if (items.length === 0) throw new Error('weightedTable needs at least one positive weight');
  return { items, cumulative, total };
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRandom(seed: number): Random {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const nextUint = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) nextUint();

  const next = (): number => nextUint() / 4294967296;
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    weighted: <T>(table: WeightedTable<T>): T => {
      const target = next() * table.total;
      let low = 0;
      let high = table.cumulative.length - 1;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((table.cumulative[mid] ?? 0) > target) high = mid;
        else low = mid + 1;
      }
      return table.items[low] as T;
    },
  };
  return random;
}
