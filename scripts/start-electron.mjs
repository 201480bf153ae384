// `npm start`: builds the app and runs it in Electron. When the Electron binary
// is missing (offline machines cannot download it), says so and points to
// browser mode instead of hanging on a download.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronPackage = path.join(root, 'node_modules', 'electron');

/**
 * The Electron executable, or null. Reads what the electron package's own
 * installer records (path.txt + dist/) rather than require('electron'),
 * which would try to download the binary again.
 */
export function findElectronBinary(env = process.env) {
  const pathFile = path.join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = path.join(electronPackage, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

function binaryRuns(binary) {
  const result = spawnSync(binary, ['--version'], {
    timeout: 15_000,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  return result.status === 0;
}

const MISSING_MESSAGE = `
Electron is not available on this machine: its binary could not be downloaded
or installed (node_modules/electron has no usable executable), so the desktop
window cannot start here.

Run the same app in a browser instead:

    npm run start:browser

To get the desktop app, reinstall Electron where the internet is reachable
(delete node_modules/electron and run npm install).

---

Electron non è disponibile su questo computer: non è stato possibile scaricarne
o installarne l'eseguibile (node_modules/electron non contiene un programma
utilizzabile), quindi la finestra desktop non può partire qui.

Avvia la stessa applicazione nel browser:

    npm run start:browser

Per l'app desktop, reinstalla Electron dove internet è raggiungibile
(elimina node_modules/electron ed esegui npm install).
`;

function runNpm(args) {
  const npmCli = process.env.npm_execpath;
  const result = npmCli
    ? spawnSync(process.execPath, [npmCli, ...args], { cwd: root, stdio: 'inherit' })
    : spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, {
        cwd: root,
        stdio: 'inherit',
        shell: process.platform === 'win32',
      });
  return result.status ?? 1;
}

function main() {
  const binary = findElectronBinary();
  if (!binary || !binaryRuns(binary)) {
    process.stderr.write(MISSING_MESSAGE);
    process.exit(1);
  }
  const built = runNpm(['run', 'build']);
  if (built !== 0) process.exit(built);

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [root], { cwd: root, stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
