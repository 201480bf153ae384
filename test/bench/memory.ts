import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { MIGRATIONS_DIR, REPO_ROOT } from './fixture';
import type { BenchRow } from './results';
import { summarize } from './timing';

/**
 * The backend's own memory and start-up, measured in a separate plain Node
 * process (this bench process also holds the generator and a TypeScript loader).
 */
export async function benchBackendProcess(
  encryptedFile: string,
  key: Buffer,
  runs: number,
): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'percorsi-probe-'));
  try {
    const probe = path.join(dir, 'probe.cjs');
    await build({
      entryPoints: [path.join(REPO_ROOT, 'test', 'bench', 'backend-probe.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      outfile: probe,
      external: ['better-sqlite3', 'better-sqlite3-multiple-ciphers', '@node-rs/*', 'pdfkit'],
      nodePaths: [path.join(REPO_ROOT, 'node_modules')],
      logLevel: 'silent',
    });
    const results = Array.from({ length: runs }, () => {
      const out = execFileSync(
        process.execPath,
        [probe, encryptedFile, MIGRATIONS_DIR, key.toString('hex')],
        { env: { ...process.env, NODE_PATH: path.join(REPO_ROOT, 'node_modules') } },
      ).toString();
      return JSON.parse(out) as { firstScreenMs: number; peakRssMb: number };
    });
    const open = summarize(results.map((r) => r.firstScreenMs));
    const rss = summarize(results.map((r) => r.peakRssMb));
    const round = (v: number) => Math.round(v * 10) / 10;
    return [
      {
        name: 'open the encrypted L database, migrate, first screen data (fresh process)',
        unit: 'ms',
        median: round(open.median),
        p95: round(open.p95),
        bar: 500,
        barOn: 'p95',
        ok: open.p95 <= 500,
        samples: runs,
      },
      {
        name: 'backend peak RSS at scale L (search, open, summaries; fresh process)',
        unit: 'MB',
        median: round(rss.median),
        p95: round(rss.p95),
        bar: 300,
        barOn: 'p95',
        ok: rss.p95 <= 300,
        samples: runs,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
