import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Samples } from './timing';

/** One measured figure of `npm run bench`, as written to results/latest.json. */
export interface BenchRow {
  name: string;
  unit: string;
  median: number;
  p95: number;
  /** Median of the reference doing the same work (hand-written SQL, another tool). */
  reference?: number;
  /** median / reference. */
  ratio?: number;
  /** The quality bar (DESIGN.md §5) and the figure it applies to. */
  bar?: number;
  barOn?: 'median' | 'p95' | 'ratio';
  ok?: boolean;
  samples?: number;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** A row for a timed figure; `bar` applies to `barOn` (p95 unless told). */
export function timedRow(
  name: string,
  samples: Samples,
  options: { reference?: Samples; bar?: number; barOn?: BenchRow['barOn'] } = {},
): BenchRow {
  const row: BenchRow = {
    name,
    unit: 'ms',
    median: round(samples.median),
    p95: round(samples.p95),
    samples: samples.values.length,
  };
  if (options.reference) {
    row.reference = round(options.reference.median);
    row.ratio = round(samples.median / options.reference.median);
  }
  if (options.bar !== undefined) {
    const barOn = options.barOn ?? 'p95';
    const value = barOn === 'ratio' ? row.ratio : row[barOn];
    row.bar = options.bar;
    row.barOn = barOn;
    row.ok = value !== undefined && value <= options.bar;
  }
  return row;
}

function format(value: number | undefined, digits = 2): string {
  return value === undefined ? '' : value.toFixed(digits);
}

export function printTable(
  rows: readonly BenchRow[],
  write = (s: string) => process.stdout.write(s),
) {
  const header = ['figure', 'unit', 'median', 'p95', 'reference', 'ratio', 'bar', 'ok'];
  const cells = rows.map((r) => [
    r.name,
    r.unit,
    format(r.median),
    format(r.p95),
    format(r.reference),
    format(r.ratio),
    r.bar === undefined ? '' : `≤ ${r.bar} (${r.barOn ?? 'p95'})`,
    r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) =>
    c.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  ');
  write(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const c of cells) write(`${line(c)}\n`);
}

/**
 * Writes rows to `file`, keeping rows of other benches already there (same name
 * is replaced), so separate bench scripts add to one results file.
 */
export function writeResults(file: string, rows: readonly BenchRow[]): void {
  let previous: BenchRow[] = [];
  if (existsSync(file)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (Array.isArray(parsed)) previous = parsed as BenchRow[];
    } catch {
      previous = [];
    }
  }
  const names = new Set(rows.map((r) => r.name));
  const merged = [...previous.filter((r) => !names.has(r.name)), ...rows];
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
}
