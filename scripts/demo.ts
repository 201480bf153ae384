import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { DatabaseLifecycleError } from '../db/errors';
import type { OpenedDatabase } from '../db/open';
import { insertSyntheticParticipants } from '../db/synthetic';
import { createAppRouter } from '../electron/api/app';
import type { Role } from '../electron/api/roles';
import { Vault } from '../electron/app/vault';
import { DATABASE_FILE } from '../electron/dataDir';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SIZE = 300;
const MAX_SIZE = 1_000_000;

const HELP = `Fills a Percorsi data folder with synthetic (invented) participants for demos.

Usage: npm run demo -- --data DIR [--size N] [--seed S]
       npm run demo -- --data DIR --append --username U --password P [--size N]

  --data DIR   data folder; an encrypted ${DATABASE_FILE} is set up there if missing
               (required), with one account per role whose passwords are printed once
  --size N     how many people to add (default ${DEFAULT_SIZE}, at most ${MAX_SIZE.toLocaleString('en')})
  --seed S     seed of the generator (default 1): the same seed gives the same people
  --append     add to a data folder that is already set up, signing in as an
               administrator (--username, --password); the generator continues its
               sequence, so no person is written twice
  --help       show this text

Without --append, a data folder that is already set up is left untouched.
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
        username: { type: 'string' },
        password: { type: 'string' },
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
    username: values.username,
    password: values.password,
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

const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role }[] = [
  { username: 'admin', displayName: 'Amministrazione (demo)', role: 'admin' },
  { username: 'coordinatrice', displayName: 'Giulia Coordinatrice (demo)', role: 'coordinator' },
  { username: 'operatrice', displayName: 'Sara Operatrice (demo)', role: 'counselor' },
  { username: 'formatore', displayName: 'Marco Formatore (demo)', role: 'trainer' },
];

/** A fresh password per account, readable enough to type from the terminal. */
function demoPassword(): string {
  return `demo-${randomBytes(9).toString('base64url')}`;
}

async function expectOk(
  router: ReturnType<typeof createAppRouter>,
  channel: string,
  input: unknown,
) {
  const result = await router.call({ channel, input, locale: 'it' });
  if (!result.ok) throw new UsageError(`${channel}: ${result.error.message}`);
  return result.data;
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  if (!options) {
    process.stdout.write(HELP);
    return;
  }
  const vault = new Vault(options.dataDir, path.join(root, 'db', 'migrations'));
  const router = createAppRouter({ vault });
  const credentials: string[] = [];
  try {
    if (vault.needsSetup()) {
      if (options.append)
        throw new UsageError('--append needs a data folder that is already set up.');
      const [admin, ...others] = DEMO_ACCOUNTS.map((a) => ({ ...a, password: demoPassword() }));
      if (!admin) throw new Error('no admin account');
      const setup = (await expectOk(router, 'auth.setup', {
        organisation: {
          name: 'Associazione dimostrativa Percorsi',
          signatoryName: 'Maria Rossi',
          signatoryRole: 'Presidente',
        },
        admin: {
          username: admin.username,
          displayName: admin.displayName,
          password: admin.password,
          passwordConfirm: admin.password,
        },
      })) as { recoveryKey: string };
      credentials.push(`  recovery key     ${setup.recoveryKey}`);
      credentials.push(`  ${admin.role.padEnd(12)} ${admin.username} / ${admin.password}`);
      for (const account of others) {
        await expectOk(router, 'users.create', account);
        credentials.push(`  ${account.role.padEnd(12)} ${account.username} / ${account.password}`);
      }
    } else {
      if (!options.append || !options.username || !options.password) {
        throw new UsageError(
          'This data folder is already set up; nothing was added. To add people, use ' +
            "--append with an administrator's --username and --password, or choose an empty --data folder.",
        );
      }
      await expectOk(router, 'auth.login', {
        username: options.username,
        password: options.password,
      });
    }
    const database = vault.requireOpen();
    const existing = (
      database.sqlite.prepare('SELECT count(*) AS n FROM participants').get() as { n: number }
    ).n;
    const started = performance.now();
    insertSyntheticParticipants(database, options.size, { seed: options.seed, skip: existing });
    // The demo counselor follows the people the generator added, so her screens are not empty.
    database.sqlite
      .prepare(
        "UPDATE participants SET created_by = (SELECT id FROM users WHERE username = 'operatrice') WHERE created_by IS NULL",
      )
      .run();
    const seconds = (performance.now() - started) / 1000;
    const count = summary(database);
    process.stdout.write(
      [
        `Added ${options.size.toLocaleString('en')} synthetic participants in ${seconds.toFixed(1)} s.`,
        `Data folder: ${options.dataDir} (encrypted)`,
        `  participants     ${count('total')} (${count('women')} women, ${count('archived')} archived)`,
        `  birth countries  ${count('countries')} (${count('bornInItaly')} people born in Italy)`,
        `  codice fiscale   ${count('withCodiceFiscale')} recorded`,
        ...(credentials.length > 0
          ? ['Accounts (shown only now — keep them for the demo):', ...credentials]
          : []),
        `Open it with: npm run start:browser -- --data ${options.dataDir}`,
        '',
      ].join('\n'),
    );
  } finally {
    vault.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof DatabaseLifecycleError) {
    process.stderr.write(`${error.message}\n`);
    if (error instanceof UsageError) process.stderr.write('Run with --help for the options.\n');
    process.exitCode = 1;
  } else {
    throw error;
  }
});
