import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DatabaseLifecycleError } from '../db/errors';
import { openDatabase, type OpenedDatabase } from '../db/open';
import { insertSyntheticParticipants } from '../db/synthetic';
import { DATABASE_FILE } from '../electron/dataDir';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SIZE = 300;
const MAX_SIZE = 1_000_000;

const HELP = `Fills a Percorsi data folder with synthetic (invented) participants for demos.

Usage: npm run demo -- --data DIR [--size N] [--seed S] [--append]

  --data DIR   data folder; ${DATABASE_FILE} is created there if missing (required)
  --size N     how many people to add (default ${DEFAULT_SIZE}, at most ${MAX_SIZE.toLocaleString('en')})
  --seed S     seed of the generator (default 1): the same seed gives the same people
  --append     add to a database that already holds participants; the generator
               continues its sequence, so no person is written twice
  --help       show this text

Without --append, a database that already holds participants is left untouched.
Then open it with: npm run start:browser -- --data DIR
`;

class UsageError extends Error {}

function positiveInteger(value: string | undefined, name: string, fallback: number, max: number) {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()))
    throw new UsageError(`${name} must be a whole number, not "${value}".`);
  const number = Number(value);
  if (number < 1 || number > max)
    throw new UsageError(`${name} must be between 1 and ${max.toLocaleString('en')}.`);
  return number;
}

function parse(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        size: { type: 'string' },
        seed: { type: 'string' },
        append: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return null;
  if (!values.data)
    throw new UsageError('--data DIR is required: the folder for the demo database.');
  return {
    dataDir: path.resolve(values.data),
    size: positiveInteger(values.size, '--size', DEFAULT_SIZE, MAX_SIZE),
    seed: positiveInteger(values.seed, '--seed', 1, 2 ** 31),
    append: values.append,
  };
}

function summary(database: OpenedDatabase) {
  const row = database.sqlite
    .prepare(
      `SELECT count(*) AS total,
              sum(sex = 'F') AS women,
              count(DISTINCT birth_country) AS countries,
              sum(birth_country = 'IT') AS bornInItaly,
              sum(codice_fiscale IS NOT NULL) AS withCodiceFiscale,
              sum(archived_at IS NOT NULL) AS archived
         FROM participants`,
    )
    .get() as Record<string, number | null>;
  return (key: string) => (row[key] ?? 0).toLocaleString('en');
}

function main(): void {
  const options = parse(process.argv.slice(2));
  if (!options) {
    process.stdout.write(HELP);
    return;
  }
  const file = path.join(options.dataDir, DATABASE_FILE);
  const database = openDatabase({ file, migrationsDir: path.join(root, 'db', 'migrations') });
  try {
    const existing = (
      database.sqlite.prepare('SELECT count(*) AS n FROM participants').get() as { n: number }
    ).n;
    if (existing > 0 && !options.append) {
      throw new UsageError(
        `${file} already holds ${existing.toLocaleString('en')} participants; nothing was added. ` +
          'Use --append to add more, or choose an empty --data folder.',
      );
    }
    const started = performance.now();
    insertSyntheticParticipants(database, options.size, { seed: options.seed, skip: existing });
    const seconds = (performance.now() - started) / 1000;
    const count = summary(database);
    process.stdout.write(
      [
        `Added ${options.size.toLocaleString('en')} synthetic participants in ${seconds.toFixed(1)} s.`,
        `Database: ${file}`,
        `  participants     ${count('total')} (${count('women')} women, ${count('archived')} archived)`,
        `  birth countries  ${count('countries')} (${count('bornInItaly')} people born in Italy)`,
        `  codice fiscale   ${count('withCodiceFiscale')} recorded`,
        `Open it with: npm run start:browser -- --data ${options.dataDir}`,
        '',
      ].join('\n'),
    );
  } finally {
    database.close();
  }
}

try {
  main();
} catch (error) {
  if (error instanceof UsageError || error instanceof DatabaseLifecycleError) {
    process.stderr.write(`${error.message}\n`);
    if (error instanceof UsageError) process.stderr.write('Run with --help for the options.\n');
    process.exitCode = 1;
  } else {
    throw error;
  }
}
