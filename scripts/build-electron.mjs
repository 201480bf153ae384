// Bundles the Electron main process and the preload into dist/electron (CommonJS).
// The preload runs sandboxed, so it must be a single file; it gets the contract's
// channel names at build time instead of the contract itself (schemas, country lists).
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'electron');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
  // Native modules stay outside the bundle: they load their .node binaries at run time
  // (electron-builder unpacks those from the ASAR, see asarUnpack).
  external: [
    'electron',
    'better-sqlite3',
    'better-sqlite3-multiple-ciphers',
    '@node-rs/*',
    'pdfkit',
    'dejavu-fonts-ttf',
    'exceljs',
  ],
};

/** The contract's CHANNELS, read by bundling the contract in memory and evaluating it. */
async function channelNames() {
  const result = await build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'api', 'contract.ts')],
    write: false,
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output for the contract');
  const module = { exports: {} };
  const evaluate = new Function('module', 'exports', 'require', output.text);
  evaluate(module, module.exports, createRequire(path.join(root, 'package.json')));
  const channels = module.exports.CHANNELS;
  if (!Array.isArray(channels) || channels.length === 0) {
    throw new Error('the contract exports no CHANNELS');
  }
  return channels;
}

const channels = await channelNames();

await Promise.all([
  build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'shell', 'main.ts')],
    outfile: path.join(outdir, 'main.cjs'),
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'shell', 'preload.ts')],
    outfile: path.join(outdir, 'preload.cjs'),
    define: { PERCORSI_CHANNELS: JSON.stringify(channels) },
  }),
]);

process.stdout.write(
  `Built ${path.relative(root, outdir)}/main.cjs and preload.cjs (${channels.length} channels)\n`,
);
