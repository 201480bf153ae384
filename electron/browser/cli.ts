import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Vault } from '../app/vault';
import { DatabaseLifecycleError } from '../../db/errors';
import { createAppRouter } from '../api/app';
import { defaultDataDir } from '../dataDir';
import { startBrowserServer } from './server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, port: { type: 'string' } },
    strict: true,
  });
  const dataDir = path.resolve(values.data ?? defaultDataDir());
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail('--port must be a number between 0 and 65535.');

  const staticDir = path.join(root, 'dist', 'renderer');
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    fail(
      'The app is not built yet: run `npm run build:renderer` (npm run start:browser does it for you).',
    );
  }

  // The database opens at sign-in, with the key unwrapped from the user's password;
  // the key file is read now so that a damaged one is reported before serving.
  const vault = new Vault(dataDir, path.join(root, 'db', 'migrations'));
  try {
    vault.needsSetup();
  } catch (error) {
    if (error instanceof DatabaseLifecycleError) fail(error.message);
    throw error;
  }

  const router = createAppRouter({
    vault,
    onInternalError: (channel, error) => {
      // Only the channel and the error's class: messages may quote personal data.
      const kind = error instanceof Error ? error.name : typeof error;
      process.stderr.write(`internal error on ${channel}: ${kind}\n`);
    },
  });
  const server = await startBrowserServer({ router, staticDir, port });

  process.stdout.write(`Percorsi (browser mode) — data folder: ${dataDir}\n`);
  process.stdout.write("Open this address in Chromium (it carries this launch's secret):\n");
  process.stdout.write(`${server.url}\n`);

  const stop = () => {
    void server.close().then(() => {
      vault.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
