import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is a plain Vite + React build; the Electron main and preload
// are bundled separately by scripts/build-electron.mjs (esbuild), so Vite only
// ever builds browser code and both transports serve the same files.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
  },
});
