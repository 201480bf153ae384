import path from 'node:path';
import { createUnguardedRouter } from '../../electron/api/app';
import { benchAttendance } from './attendance';
import { benchCertificates } from './certificates';
import { benchImport } from './import';
import { openBenchDatabase, REPO_ROOT } from './fixture';
import { benchParticipants } from './participants';
import { benchPathways } from './pathways';
import { benchReports } from './reports';
import { printTable, writeResults, type BenchRow } from './results';
import { benchBackendProcess } from './memory';
import {
  BENCH_KEY,
  benchEncryptionOverhead,
  benchLogin,
  encryptedCopyPath,
  openEncryptedCopy,
} from './security';
import { peakRssMb } from './timing';

const SIZE = 100_000;
const SEED = 1;
const RESULTS_FILE = path.join(REPO_ROOT, 'test', 'bench', 'results', 'latest.json');

async function main(): Promise<void> {
  const log = (message: string) => process.stdout.write(`${message}\n`);
  const rows: BenchRow[] = [];
  // First, while the process holds no bench database: a batch renders in the app's main
  // process, whose heap is the app's, not gigabytes of generated rows to collect around.
  log('Measuring certificates to PDF (embedded fonts and QR; built-in fonts; LibreOffice)…');
  rows.push(...(await benchCertificates(log)));
  const { database: plain, file, buildSeconds } = openBenchDatabase(SIZE, SEED, log);
  try {
    // Measured on the encrypted file, as the app runs. The handler path without
    // accounts: the router validates and runs the same handlers as a signed-in admin.
    const database = openEncryptedCopy(file, log);
    try {
      const router = createUnguardedRouter(database);
      const options = { warmup: 100, iterations: 1_000, seed: SEED };
      log(`Measuring on ${SIZE.toLocaleString('en')} participants (encrypted)…`);
      rows.push(...(await benchParticipants(database, router, options)));
      log('Measuring attendance at scale L (encrypted)…');
      rows.push(...(await benchAttendance(database, router, { ...options, iterations: 300 })));
      log('Measuring caseloads and pathway pages at scale L (encrypted)…');
      rows.push(...(await benchPathways(database, { ...options, iterations: 300 })));
      log('Measuring the project dashboard and the funder export at scale L (encrypted)…');
      rows.push(...(await benchReports(database, router, { warmup: 10, iterations: 200 })));
      log('Measuring an import of 10,000 participants from XLSX at scale L (encrypted)…');
      rows.push(...(await benchImport(database, router, { runs: 5, seed: SEED + 2 }, log)));
      log('Measuring the cost of encryption and of signing in…');
      rows.push(
        ...(await benchEncryptionOverhead(plain, database, { ...options, seed: SEED + 1 })),
      );
    } finally {
      database.close();
    }
    rows.push(...(await benchLogin(20)));
    log('Measuring the backend in a fresh process (start-up and memory)…');
    rows.push(...(await benchBackendProcess(encryptedCopyPath(file), BENCH_KEY, 5)));
  } finally {
    plain.close();
  }
  if (buildSeconds !== null) {
    rows.push({
      name: `build the scale-L bench database (${SIZE.toLocaleString('en')} participants)`,
      unit: 's',
      median: buildSeconds,
      p95: buildSeconds,
    });
  }
  const rss = Math.round(peakRssMb() * 10) / 10;
  rows.push({
    name: 'peak RSS of the bench process itself (generator, loader, two connections)',
    unit: 'MB',
    median: rss,
    p95: rss,
  });

  log('');
  printTable(rows);
  writeResults(RESULTS_FILE, rows);
  log(`\nResults written to ${path.relative(REPO_ROOT, RESULTS_FILE)}`);
  if (rows.some((r) => r.ok === false)) process.exitCode = 1;
}

await main();
