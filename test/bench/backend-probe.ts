/**
 * Run in its own Node process by memory.ts (bundled, no TypeScript loader):
 * opens the encrypted scale-L database like the app does, serves a typical
 * mix of calls, and reports the time to the first screen and the peak RSS.
 */
import { openDatabase } from '../../db/open';
import { createUnguardedRouter } from '../../electron/api/app';

async function main(): Promise<void> {
  const [file, migrationsDir, keyHex] = process.argv.slice(2);
  if (!file || !migrationsDir || !keyHex) throw new Error('usage: probe FILE MIGRATIONS KEY');
  const started = performance.now();
  const database = openDatabase({ file, migrationsDir, key: Buffer.from(keyHex, 'hex') });
  const router = createUnguardedRouter(database);
  const call = async (channel: string, input: unknown) => {
    const result = await router.call({ channel, input, locale: 'it' });
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
    return result.data;
  };
  // The first screen: the participant list.
  await call('participants.search', { query: '' });
  const firstScreenMs = performance.now() - started;

  const letters = 'abcdefghilmnoprstuvz';
  for (let i = 0; i < 400; i++) {
    const a = letters[i % letters.length] ?? 'a';
    const b = letters[(i * 7) % letters.length] ?? 'a';
    await call('participants.search', { query: i % 2 ? a : a + b });
    await call('participants.get', { id: 1 + ((i * 241) % 100_000) });
    if (i % 4 === 0) await call('attendance.summary', { courseId: 1 + ((i * 13) % 2_000) });
  }
  database.close();
  process.stdout.write(
    JSON.stringify({ firstScreenMs, peakRssMb: process.resourceUsage().maxRSS / 1024 }),
  );
}

void main();
